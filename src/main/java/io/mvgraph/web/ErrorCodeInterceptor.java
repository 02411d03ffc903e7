package io.mvgraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.GraphQlLimits;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The last word on every GraphQL response: refuses oversized documents before they are parsed, and gives
 * each error that graphql-java raised by itself (syntax, validation, coercion, limits) a contract code.
 */
@Component
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	private final GraphQlLimits limits;

	ErrorCodeInterceptor(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		if (document != null && document.length() > this.limits.maxDocumentLength()) {
			GraphQLError error = GraphqlErrorBuilder.newError()
				.errorType(ErrorCode.TOO_COMPLEX)
				.message("The query document has " + document.length() + " characters; the limit is "
						+ this.limits.maxDocumentLength())
				.extensions(Map.of("code", ErrorCode.TOO_COMPLEX.name()))
				.build();
			ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
			return Mono.just(new WebGraphQlResponse(
					new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
		}
		return chain.next(request).map(ErrorCodeInterceptor::withCodes);
	}

	private static WebGraphQlResponse withCodes(WebGraphQlResponse response) {
		List<ResponseError> errors = response.getErrors();
		if (errors.stream().allMatch((error) -> error.getExtensions().containsKey("code"))) {
			return response;
		}
		return response
			.transform((builder) -> builder.errors(errors.stream().map(ErrorCodeInterceptor::withCode).toList()));
	}

	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		extensions.putIfAbsent("code", codeOf(error.getErrorType()).name());
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.errorType(error.getErrorType())
			.extensions(extensions);
		if (error.getLocations() != null && !error.getLocations().isEmpty()) {
			builder.locations(error.getLocations());
		}
		if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		return builder.build();
	}

	static ErrorCode codeOf(ErrorClassification classification) {
		if (classification instanceof ErrorCode code) {
			return code;
		}
		if (classification == graphql.ErrorType.InvalidSyntax || classification == graphql.ErrorType.ValidationError
				|| classification == ErrorType.BAD_REQUEST) {
			return ErrorCode.BAD_REQUEST;
		}
		// graphql-java's own guard against introspection abuse (too many fields, too deep): a limit, not a fault
		if (classification == graphql.ErrorType.ExecutionAborted
				|| "BadFaithIntrospection".equals(String.valueOf(classification))) {
			return ErrorCode.TOO_COMPLEX;
		}
		if (classification == ErrorType.NOT_FOUND) {
			return ErrorCode.NOT_FOUND;
		}
		if (classification == ErrorType.UNAUTHORIZED) {
			return ErrorCode.UNAUTHORIZED;
		}
		if (classification == ErrorType.FORBIDDEN) {
			return ErrorCode.FORBIDDEN;
		}
		return ErrorCode.INTERNAL;
	}

}
