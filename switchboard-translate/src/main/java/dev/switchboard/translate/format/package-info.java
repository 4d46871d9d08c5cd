/**
 * Formats (wire dialects) and the codec interfaces each format package implements: request,
 * response and stream decoders (wire to canonical) and encoders (canonical to wire), and errors.
 */
package dev.switchboard.translate.format;
