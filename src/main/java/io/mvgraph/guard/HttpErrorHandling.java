package io.mvgraph.guard;

import java.io.IOException;
import java.util.UUID;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.beans.TypeMismatchException;

/**
 * The last resort of the REST endpoints (after {@code web/RestErrorHandling} and the Neo4j mapping): Spring MVC's
 * own failures (404, 405, 406, 415, a missing parameter, an unreadable body) and anything unexpected, in the
 * contract's shape. Written straight to the response, so that an {@code Accept} that excludes JSON cannot turn
 * the error into an empty 406.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(HttpErrorHandling.class);

	@ExceptionHandler
	void any(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof AsyncRequestNotUsableException) {
			return; // the client went away: nobody to answer
		}
		BodyTooLargeException tooLarge = find(ex, BodyTooLargeException.class);
		if (tooLarge != null) {
			response.setHeader("Connection", "close");
			if (tooLarge.tooSlow()) {
				GuardResponses.write(response, 408, ErrorCode.BAD_REQUEST, tooLarge.getMessage());
			}
			else {
				GuardResponses.write(response, 413, ErrorCode.TOO_COMPLEX, tooLarge.getMessage());
			}
			return;
		}
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			if (anonymous()) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"mvgraph\"");
				GuardResponses.write(response, 401, ErrorCode.UNAUTHORIZED, "Sign in (HTTP Basic) to do this");
			}
			else {
				GuardResponses.write(response, 403, ErrorCode.FORBIDDEN, "Your role does not allow this");
			}
			return;
		}
		if (ex instanceof ErrorResponse error) {
			int status = error.getStatusCode().value();
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			String detail = error.getBody().getDetail();
			GuardResponses.write(response, status, JsonErrorController.codeOf(status),
					detail != null ? detail : JsonErrorController.messageOf(status));
			return;
		}
		if (ex instanceof HttpMessageNotReadableException) {
			GuardResponses.write(response, 400, ErrorCode.BAD_REQUEST, "The request body is not readable: "
					+ "malformed or of the wrong type");
			return;
		}
		if (ex instanceof TypeMismatchException mismatch) {
			GuardResponses.write(response, 400, ErrorCode.BAD_REQUEST,
					(mismatch.getPropertyName() != null ? mismatch.getPropertyName() + ": " : "")
							+ "has the wrong type");
			return;
		}
		String errorId = UUID.randomUUID().toString();
		log.error("Internal error {} in {} {}", errorId, request.getMethod(), request.getRequestURI(), ex);
		GuardResponses.write(response, 500, ErrorCode.INTERNAL,
				"Internal error " + errorId + "; the server log has the detail");
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

	static <T extends Throwable> T find(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
