package io.mvgraph.guard;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.RestErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Neo4j down or unreachable: {@code UNAVAILABLE} (REST: HTTP 503 with Retry-After), and one log line per request
 * with the cause's message, not a stack trace per field. Consulted before the general error mapping.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Neo4jUnavailableHandling {

	private static final Logger log = LoggerFactory.getLogger(Neo4jUnavailableHandling.class);

	private static final String MESSAGE = "The database is unavailable; nothing was changed; retry shortly";

	private static final String LOGGED = Neo4jUnavailableHandling.class.getName() + ".logged";

	@GraphQlExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			ServiceUnavailableException.class, SessionExpiredException.class })
	GraphQLError graphQl(Exception ex, DataFetchingEnvironment environment) {
		GraphQLContext context = environment.getGraphQlContext();
		// one line per request, however many fields failed
		if (context.computeIfAbsent(LOGGED, (key) -> new java.util.concurrent.atomic.AtomicBoolean())
			.compareAndSet(false, true)) {
			log.warn("Neo4j unavailable, answered UNAVAILABLE ({}): {}", environment.getExecutionStepInfo().getPath(),
					rootMessage(ex));
		}
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorCode.UNAVAILABLE)
			.message(MESSAGE)
			.extensions(Map.of("code", ErrorCode.UNAVAILABLE.name()))
			.build();
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			ServiceUnavailableException.class, SessionExpiredException.class })
	ResponseEntity<Map<String, Object>> rest(Exception ex, HttpServletRequest request) {
		log.warn("Neo4j unavailable, answered UNAVAILABLE ({} {}): {}", request.getMethod(), request.getRequestURI(),
				rootMessage(ex));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", UnavailableHttpStatus.RETRY_AFTER_SECONDS)
			.body(RestErrors.body(ErrorCode.UNAVAILABLE, MESSAGE, null));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return LogText.clean(root.getClass().getSimpleName() + ": " + root.getMessage());
	}

}
