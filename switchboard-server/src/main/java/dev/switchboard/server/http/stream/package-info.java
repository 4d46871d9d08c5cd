/** The client side of a streamed answer: SSE headers, writes with back-pressure, disconnects. */
package dev.switchboard.server.http.stream;
