package io.mvgraph.api;

import org.springframework.graphql.data.ArgumentValue;

/** Partial updates: a field the input leaves out keeps its value; a field set to null is cleared. */
public final class Patch {

	private Patch() {
	}

	public static <T> T apply(ArgumentValue<T> value, T current) {
		return value == null || value.isOmitted() ? current : value.value();
	}

}
