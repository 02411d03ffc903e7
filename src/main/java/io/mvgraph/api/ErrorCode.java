package io.mvgraph.api;

import graphql.ErrorClassification;

/** The machine-readable codes of the API contract, carried by every error in {@code extensions.code}. */
public enum ErrorCode implements ErrorClassification {

	NOT_FOUND, BAD_REQUEST, CONFLICT, UNAUTHORIZED, FORBIDDEN, TOO_COMPLEX, RATE_LIMITED, UNAVAILABLE, INTERNAL

}
