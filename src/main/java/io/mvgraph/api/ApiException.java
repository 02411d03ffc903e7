package io.mvgraph.api;

/**
 * A failure the caller can act on. {@code field} names the argument or input field at fault, where there is one.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final String field;

	public ApiException(ErrorCode code, String field, String message) {
		super(message);
		this.code = code;
		this.field = field;
	}

	public ErrorCode code() {
		return this.code;
	}

	public String field() {
		return this.field;
	}

	public static ApiException notFound(String field, String what, String id) {
		return new ApiException(ErrorCode.NOT_FOUND, field, "No " + what + " with id '" + id + "'");
	}

	public static ApiException badRequest(String field, String reason) {
		return new ApiException(ErrorCode.BAD_REQUEST, field, field + ": " + reason);
	}

	public static ApiException conflict(String field, String reason) {
		return new ApiException(ErrorCode.CONFLICT, field, reason);
	}

}
