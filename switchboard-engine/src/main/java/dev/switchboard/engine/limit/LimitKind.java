package dev.switchboard.engine.limit;

/** Which limit turned a request away. */
public enum LimitKind {
  GLOBAL_RPM("the gateway's requests per minute"),
  KEY_RPM("this key's requests per minute"),
  KEY_RPD("this key's requests per day"),
  KEY_TPM("this key's tokens per minute"),
  BUDGET("this key's budget");

  private final String description;

  LimitKind(String description) {
    this.description = description;
  }

  /** Words for an error message, e.g. "this key's requests per minute". */
  public String description() {
    return description;
  }
}
