package dev.switchboard.translate.format;

import dev.switchboard.translate.canonical.ChatRequest;
import java.util.function.Function;

/**
 * Everything one format package provides. Codecs without state are shared; stream codecs keep
 * per-stream state, so each stream gets fresh ones made for the request being served (the encoder
 * reads the client's stream mode, e.g. whether OpenAI usage chunks were asked for).
 */
public record FormatCodecs(
    Format format,
    RequestDecoder requestDecoder,
    RequestEncoder requestEncoder,
    ResponseDecoder responseDecoder,
    ResponseEncoder responseEncoder,
    Function<ChatRequest, StreamDecoder> streamDecoders,
    Function<ChatRequest, StreamEncoder> streamEncoders,
    ErrorCodec errors) {}
