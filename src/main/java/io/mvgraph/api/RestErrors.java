package io.mvgraph.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error bodies of the REST endpoints, in the shape of GraphQL errors ({@code errors[].extensions.code}), so that a
 * client handles one shape whichever endpoint it calls.
 */
public final class RestErrors {

	private RestErrors() {
	}

	public static Map<String, Object> body(ErrorCode code, String message, String field) {
		return Map.of("errors", List.of(error(code, message, field == null ? Map.of() : Map.of("field", field))));
	}

	public static Map<String, Object> error(ErrorCode code, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code.name());
		extensions.putAll(details);
		return Map.of("message", message, "extensions", extensions);
	}

}
