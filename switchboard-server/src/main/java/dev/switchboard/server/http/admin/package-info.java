/**
 * The admin API (INTERFACE.md §4): client keys, usage and the request log under {@code /admin/*},
 * behind the admin key. Every store call runs on the admin worker executor, never on the event loop;
 * answers are JSON, errors in OpenAI's error shape.
 */
package dev.switchboard.server.http.admin;
