/**
 * Google Gemini v1beta ({@code generateContent}, {@code streamGenerateContent?alt=sse}): request,
 * response and stream codecs and the error codec (wire-formats.md §5). The model and the stream
 * flag travel in the URL, so the request codecs never read or write them. Decoders accept both
 * lowerCamelCase and snake_case field names, as the REST API does; encoders write lowerCamelCase.
 */
package dev.switchboard.translate.format.gemini;
