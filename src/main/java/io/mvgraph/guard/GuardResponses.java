package io.mvgraph.guard;

import java.io.IOException;

import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.RestErrors;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * Writes an error of the contract straight to the servlet response, for filters that answer before Spring MVC
 * (and its content negotiation) is reached.
 */
final class GuardResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GuardResponses() {
	}

	static void write(HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(RestErrors.body(code, message, null)));
		response.flushBuffer();
	}

}
