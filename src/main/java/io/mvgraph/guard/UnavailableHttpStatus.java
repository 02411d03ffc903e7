package io.mvgraph.guard;

import io.mvgraph.api.ErrorCode;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * {@code POST /graphql} answers 503 with {@code Retry-After}, as REST does, when the database (or the disk) left it
 * nothing to answer: no data (absent, or null after a non-null root field failed) and an {@code UNAVAILABLE}
 * error. The contract gives {@code UNAVAILABLE} HTTP 503, and dashboards and scripts watch status codes; the
 * GraphQL-over-HTTP spec allows a 5xx there with {@code application/graphql-response+json}, and with
 * {@code application/json} as well (it discourages it: we follow the contract, for both). A response with data
 * (a partial result) stays 200, as the spec requires for both media types. The body is the usual GraphQL response.
 */
@Configuration(proxyBeanMethods = false)
class UnavailableHttpStatus {

	/** As the REST answer to a Neo4j outage ({@link Neo4jUnavailableHandling}). */
	static final String RETRY_AFTER_SECONDS = "10";

	/** Replaces Spring Boot's handler (it backs off when one is defined), which knows only 200 and 400. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler) {
		return new GraphQlHttpHandler(webGraphQlHandler) {
			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
				return unavailable(response) ? HttpStatus.SERVICE_UNAVAILABLE : super.selectResponseStatus(response, mediaType);
			}
		};
	}

	/**
	 * The header: the handler copies the response's headers, and an interceptor is where they are set. The
	 * outermost one, so that it sees the errors as the client will.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	WebGraphQlInterceptor unavailableRetryAfter() {
		return new WebGraphQlInterceptor() {
			@Override
			public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
				return chain.next(request).doOnNext((response) -> {
					if (unavailable(response)) {
						response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
					}
				});
			}
		};
	}

	static boolean unavailable(WebGraphQlResponse response) {
		return response.getData() == null && response.getErrors()
			.stream()
			.anyMatch((error) -> ErrorCode.UNAVAILABLE.name().equals(error.getExtensions().get("code")));
	}

}
