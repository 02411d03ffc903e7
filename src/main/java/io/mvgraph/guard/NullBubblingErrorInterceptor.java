package io.mvgraph.guard;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Drops the "non-null field returned null" errors that only follow from another error above them. A connection
 * field that fails (a bad {@code first}) is replaced by Spring for GraphQL's empty connection, whose
 * {@code totalCount} is null, and graphql-java adds a NullValueInNonNullableField error for it, which the
 * contract would code INTERNAL: a spurious second error for one mistake. The caller gets the error that says what
 * went wrong, alone.
 */
@Component
class NullBubblingErrorInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<ResponseError> errors = response.getErrors();
			if (errors.size() < 2) {
				return response;
			}
			List<ResponseError> kept = errors.stream().filter((error) -> !followsFromAnother(error, errors)).toList();
			return kept.size() == errors.size() ? response
					: response.transform((builder) -> builder.errors(kept.stream()
						.map(NullBubblingErrorInterceptor::toGraphQlError)
						.toList()));
		});
	}

	private static boolean followsFromAnother(ResponseError error, List<ResponseError> errors) {
		if (!"NullValueInNonNullableField".equals(String.valueOf(error.getErrorType()))) {
			return false;
		}
		List<Object> path = error.getParsedPath();
		return errors.stream()
			.filter((other) -> other != error && !"NullValueInNonNullableField".equals(String.valueOf(other.getErrorType())))
			.anyMatch((other) -> !other.getParsedPath().isEmpty() && other.getParsedPath().size() < path.size()
					&& path.subList(0, other.getParsedPath().size()).equals(other.getParsedPath()));
	}

	private static graphql.GraphQLError toGraphQlError(ResponseError error) {
		graphql.GraphqlErrorBuilder<?> builder = graphql.GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions());
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

}
