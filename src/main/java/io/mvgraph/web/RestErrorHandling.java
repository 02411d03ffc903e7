package io.mvgraph.web;

import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.RestErrors;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The REST endpoints' errors, in the same shape and with the same codes as the GraphQL ones. */
// before the catch-all of guard/HttpErrorHandling
@Order(0)
@RestControllerAdvice
class RestErrorHandling {

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> api(ApiException ex) {
		HttpStatus status = switch (ex.code()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
			case BAD_REQUEST, TOO_COMPLEX -> HttpStatus.BAD_REQUEST;
		};
		return ResponseEntity.status(status).body(RestErrors.body(ex.code(), ex.getMessage(), ex.field()));
	}

}
