package dev.switchboard.server.matrix;

/** A tool call as the client saw it: its id (null when the format has none), name and argument JSON. */
record SeenCall(String id, String name, String arguments) {}
