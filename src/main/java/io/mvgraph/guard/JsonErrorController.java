package io.mvgraph.guard;

import java.io.IOException;

import io.mvgraph.api.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /error}, where the servlet container sends what nothing else answered ({@code sendError} of a filter or
 * of Tomcat, an exception that escaped a filter): the contract's error shape instead of Boot's Whitelabel page
 * or its JSON. Never a stack trace or an exception message: only the status and a fixed text.
 */
@Controller
class JsonErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = attribute instanceof Integer code ? code : 500;
		if (status < 400) {
			status = 500;
		}
		Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		BodyTooLargeException tooLarge = exception == null ? null
				: HttpErrorHandling.find(exception, BodyTooLargeException.class);
		if (tooLarge != null) {
			status = tooLarge.tooSlow() ? 408 : 413;
		}
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"mvgraph\"");
		}
		GuardResponses.write(response, status, codeOf(status), messageOf(status));
	}

	static ErrorCode codeOf(int status) {
		return switch (status) {
			case 401 -> ErrorCode.UNAUTHORIZED;
			case 403 -> ErrorCode.FORBIDDEN;
			case 404 -> ErrorCode.NOT_FOUND;
			case 409 -> ErrorCode.CONFLICT;
			case 413 -> ErrorCode.TOO_COMPLEX;
			case 429 -> ErrorCode.RATE_LIMITED;
			case 503 -> ErrorCode.UNAVAILABLE;
			default -> status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
		};
	}

	static String messageOf(int status) {
		return switch (status) {
			case 400 -> "Bad request";
			case 401 -> "Sign in (HTTP Basic) to do this";
			case 403 -> "Your role does not allow this";
			case 404 -> "No such resource";
			case 405 -> "This method is not allowed here";
			case 406 -> "None of the accepted media types can be produced";
			case 408 -> "The request took too long to arrive";
			case 413 -> "The request body is too large";
			case 415 -> "This content type is not supported here";
			case 429 -> "Too many requests; retry later";
			case 503 -> "The service is unavailable; retry shortly";
			default -> status < 500 ? "Bad request (HTTP " + status + ")" : "Internal error; the server log has the detail";
		};
	}

}
