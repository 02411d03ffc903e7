package io.mvgraph.guard;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import io.mvgraph.api.ErrorCode;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * A subscription sent as a plain HTTP request: graphql-java hands back a stream, which the HTTP transport would
 * serialise as an object. Answered {@code BAD_REQUEST} instead, pointing to the WebSocket (the stream is never
 * subscribed, so nothing runs).
 */
@Component
class SubscriptionOverHttpInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> {
			if (!(response.getExecutionResult().getData() instanceof Publisher<?>)) {
				return response;
			}
			ExecutionResult result = ExecutionResult.newExecutionResult()
				.addError(GraphqlErrorBuilder.newError()
					.errorType(ErrorCode.BAD_REQUEST)
					.message("Subscriptions run over the WebSocket at /graphql (graphql-transport-ws), not over "
							+ "HTTP POST")
					.extensions(Map.of("code", ErrorCode.BAD_REQUEST.name()))
					.build())
				.build();
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		});
	}

}
