/**
 * The OpenAI Responses format ({@code POST /v1/responses}, wire-formats.md §3): request, response
 * and stream codecs between its items and events and the canonical model, and its error bodies.
 * Imports no other format package.
 */
package dev.switchboard.translate.format.openai.responses;
