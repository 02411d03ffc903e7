package io.mvgraph.guard;

import java.io.IOException;

/** Thrown by a capped request body when the caller sends more than the limit, or sends it too slowly. */
public class BodyTooLargeException extends IOException {

	private final boolean tooSlow;

	BodyTooLargeException(String message, boolean tooSlow) {
		super(message);
		this.tooSlow = tooSlow;
	}

	/** Not too large but too slow: the body did not arrive within {@code mvgraph.http.body-read-timeout}. */
	public boolean tooSlow() {
		return this.tooSlow;
	}

}
