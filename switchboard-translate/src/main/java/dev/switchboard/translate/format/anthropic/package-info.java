/**
 * The Anthropic Messages format ({@code POST /v1/messages}): request, response and stream codecs
 * and the error codec, bundled by {@link dev.switchboard.translate.format.anthropic.AnthropicCodecs}.
 * The rules they follow (system hoisting, turn merging, tool-id pattern, thinking signatures, usage
 * and stop reasons) are those of wire-formats.md §4 and §6-§10.
 */
package dev.switchboard.translate.format.anthropic;
