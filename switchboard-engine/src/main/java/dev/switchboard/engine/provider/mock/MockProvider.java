package dev.switchboard.engine.provider.mock;

import dev.switchboard.engine.config.MockConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.provider.EventSource;
import dev.switchboard.engine.provider.LocalProvider;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** The in-process mock: answers after {@code latency}, streams chunk by chunk, fails at {@code fail-rate}. */
final class MockProvider implements LocalProvider {

  private final ProviderConfig config;
  private final MockConfig mock;
  private final Vertx vertx;

  MockProvider(ProviderConfig config, MockConfig mock, Vertx vertx) {
    this.config = config;
    this.mock = mock;
    this.vertx = vertx;
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public Future<ChatResponse> complete(ChatRequest request) {
    Promise<ChatResponse> promise = Promise.promise();
    after(mock.latency().toMillis(), () -> {
      if (failsNow()) {
        promise.fail(new UpstreamFailure(failure()));
        return;
      }
      MockAnswer a = MockAnswer.of(request, mock.text(), mock.chunks());
      promise.complete(new ChatResponse(MockIds.next(), request.model(),
          System.currentTimeMillis() / 1000, a.parts(), a.finishReason(), a.usage()));
    });
    return promise.future();
  }

  @Override
  public EventSource stream(ChatRequest request, Consumer<StreamEvent> sink) {
    MockStream stream = new MockStream(vertx, mock.latency().toMillis(), sink);
    if (failsNow()) {
      stream.fail(failure());
    } else {
      stream.play(request, MockAnswer.of(request, mock.text(), mock.chunks()));
    }
    return stream;
  }

  private boolean failsNow() {
    return mock.failRate() > 0 && ThreadLocalRandom.current().nextDouble() < mock.failRate();
  }

  private ApiError failure() {
    return new ApiError(mock.failStatus(), ErrorType.fromStatus(mock.failStatus()),
        "mock provider '" + config.id() + "' failed on purpose (fail-rate " + mock.failRate() + ")");
  }

  private void after(long millis, Runnable action) {
    if (millis <= 0) {
      vertx.runOnContext(v -> action.run());
    } else {
      vertx.setTimer(millis, id -> action.run());
    }
  }
}
