package dev.switchboard.translate.canonical;

/** Whether the client asked for a stream, and whether usage should be reported in it. */
public enum StreamMode {
  OFF,
  ON,
  ON_WITH_USAGE
}
