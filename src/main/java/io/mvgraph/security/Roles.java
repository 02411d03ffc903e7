package io.mvgraph.security;

/**
 * The roles of the API contract. Each includes the ones below it: ADMIN > EDITOR > ANALYST > anonymous reader.
 */
public final class Roles {

	public static final String ANALYST = "ANALYST";

	public static final String EDITOR = "EDITOR";

	public static final String ADMIN = "ADMIN";

	/** For {@code @PreAuthorize}. */
	public static final String IS_EDITOR = "hasRole('EDITOR')";

	public static final String IS_ANALYST = "hasRole('ANALYST')";

	private Roles() {
	}

}
