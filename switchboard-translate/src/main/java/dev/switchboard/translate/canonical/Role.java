package dev.switchboard.translate.canonical;

/**
 * Who speaks a message. {@code TOOL} messages carry only {@link Part.ToolResult} parts; decoders
 * of formats that put tool results in user turns split them out, encoders merge them back.
 */
public enum Role {
  SYSTEM,
  USER,
  ASSISTANT,
  TOOL
}
