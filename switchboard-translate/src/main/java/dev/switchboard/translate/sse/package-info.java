/** Server-sent events: an incremental parser (bytes to frames) and a writer. No I/O. */
package dev.switchboard.translate.sse;
