package io.mvgraph.web;

import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.mvgraph.api.ApiException;
import io.mvgraph.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every exception a data fetcher raises onto an error of the contract: a code in {@code extensions.code},
 * the field at fault in {@code extensions.field}. Anything unexpected stays an opaque {@code INTERNAL}
 * error whose detail goes to the log only, under an id the caller can quote.
 */
@ControllerAdvice
class GraphQlErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorHandling.class);

	@GraphQlExceptionHandler
	GraphQLError api(ApiException ex, DataFetchingEnvironment environment) {
		return error(environment, ex.code(), ex.getMessage(), ex.field());
	}

	@GraphQlExceptionHandler
	GraphQLError constraintViolation(ConstraintViolationException ex, DataFetchingEnvironment environment) {
		String fields = ex.getConstraintViolations()
			.stream()
			.map((violation) -> lastNode(violation.getPropertyPath().toString()))
			.distinct()
			.collect(Collectors.joining(", "));
		String message = ex.getConstraintViolations()
			.stream()
			.map((violation) -> lastNode(violation.getPropertyPath().toString()) + ": " + violation.getMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return error(environment, ErrorCode.BAD_REQUEST, message, fields);
	}

	@GraphQlExceptionHandler
	GraphQLError optimisticLocking(OptimisticLockingFailureException ex, DataFetchingEnvironment environment) {
		return error(environment, ErrorCode.CONFLICT, "The record was changed by someone else; reload it and retry",
				"version");
	}

	/** A deadlock between two transactions (Neo4j aborts one of them) or a similar passing failure. */
	@GraphQlExceptionHandler
	GraphQLError transientFailure(TransientDataAccessException ex, DataFetchingEnvironment environment) {
		log.warn("Transient failure in {}, answered CONFLICT", environment.getExecutionStepInfo().getPath(), ex);
		return error(environment, ErrorCode.CONFLICT,
				"The database asked for a retry (another transaction got in the way, or a passing shortage); "
						+ "nothing was changed; retry", null);
	}

	@GraphQlExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	GraphQLError accessDenied(Exception ex, DataFetchingEnvironment environment) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
		return anonymous
				? error(environment, ErrorCode.UNAUTHORIZED, "Sign in (HTTP Basic) to do this", null)
				: error(environment, ErrorCode.FORBIDDEN,
						"User '" + authentication.getName() + "' lacks the role needed to do this", null);
	}

	@GraphQlExceptionHandler
	GraphQLError unexpected(Throwable ex, DataFetchingEnvironment environment) {
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} in {}", errorId, environment.getExecutionStepInfo().getPath(), ex);
		return error(environment, ErrorCode.INTERNAL, "Internal error " + errorId + "; the server log has the detail",
				null);
	}

	static GraphQLError error(DataFetchingEnvironment environment, ErrorCode code, String message, String field) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code.name());
		if (field != null) {
			extensions.put("field", field);
		}
		return GraphqlErrorBuilder.newError(environment)
			.errorType(code)
			.message(message)
			.extensions(extensions)
			.build();
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
	}

}
