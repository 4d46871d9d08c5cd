/**
 * The canonical model every format is translated through: a chat request, its messages and parts,
 * tools, the response, usage with one definition for every provider, and the stream events.
 * Pure data (records and sealed interfaces); no I/O and no format-specific field names.
 */
package dev.switchboard.translate.canonical;
