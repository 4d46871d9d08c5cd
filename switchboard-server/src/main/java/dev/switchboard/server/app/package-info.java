/** The composition root: builds everything explicitly in code (no DI container), starts and stops the server. */
package dev.switchboard.server.app;
