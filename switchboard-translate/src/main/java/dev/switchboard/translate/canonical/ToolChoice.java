package dev.switchboard.translate.canonical;

/** How the model must use the tools. */
public sealed interface ToolChoice {

  record Auto() implements ToolChoice {}

  record None() implements ToolChoice {}

  /** The model must call some tool. */
  record Required() implements ToolChoice {}

  /** The model must call this tool. */
  record Named(String name) implements ToolChoice {}
}
