package io.mvgraph.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.mvgraph.api.ErrorCode;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * At most {@code mvgraph.websocket.max-subscriptions} running subscriptions per WebSocket: one more is answered
 * with a {@code RATE_LIMITED} error (and does not start) until one of them ends. Without it, one socket could open
 * subscriptions until the server runs out of memory.
 */
@Component
class SubscriptionLimitInterceptor implements WebSocketGraphQlInterceptor {

	private final int max;

	private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

	SubscriptionLimitInterceptor(@Value("${mvgraph.websocket.max-subscriptions:20}") int max) {
		this.max = max;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
			return chain.next(request);
		}
		String session = socketRequest.getSessionInfo().getId();
		AtomicInteger count = this.running.computeIfAbsent(session, (id) -> new AtomicInteger());
		return chain.next(request).map((response) -> {
			if (!(response.getExecutionResult().getData() instanceof Publisher<?> stream)) {
				return response;
			}
			if (count.incrementAndGet() > this.max) {
				count.decrementAndGet();
				ExecutionResult result = ExecutionResult.newExecutionResult()
					.addError(GraphqlErrorBuilder.newError()
						.errorType(ErrorCode.RATE_LIMITED)
						.message("This WebSocket already runs " + this.max + " subscriptions "
								+ "(mvgraph.websocket.max-subscriptions); end one first")
						.extensions(Map.of("code", ErrorCode.RATE_LIMITED.name()))
						.build())
					.build();
				return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
			}
			Flux<?> counted = Flux.from(stream).doFinally((signal) -> count.decrementAndGet());
			return response.transform((builder) -> builder.data(counted));
		});
	}

	@Override
	public void handleConnectionClosed(WebSocketSessionInfo sessionInfo, int statusCode, Map<String, Object> payload) {
		this.running.remove(sessionInfo.getId());
	}

}
