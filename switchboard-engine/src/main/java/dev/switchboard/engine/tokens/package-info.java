/**
 * Token estimates with jtokkit, for the TPM reservation before a call and for usage when an
 * upstream reports none (the result is then flagged {@code estimated}).
 */
package dev.switchboard.engine.tokens;
