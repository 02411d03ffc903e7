package io.mvgraph.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the answer of one batch query (rows grouped by the parent's id) into the map a {@code @BatchMapping}
 * returns (keyed by the parent objects themselves).
 */
public final class Batches {

	private Batches() {
	}

	/** The distinct ids of the parents of a batch, for its one query. */
	public static <P> List<String> ids(Collection<P> parents, Function<P, String> idOf) {
		return parents.stream().map(idOf).distinct().toList();
	}

	public static <P, T> Map<P, List<T>> lists(Collection<P> parents, Function<P, String> idOf,
			Map<String, List<T>> byId) {
		Map<P, List<T>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			result.put(parent, byId.getOrDefault(idOf.apply(parent), List.of()));
		}
		return result;
	}

	/** For to-one relationships: a parent without a row is left out, which GraphQL reads as null. */
	public static <P, T> Map<P, T> singles(Collection<P> parents, Function<P, String> idOf,
			Map<String, List<T>> byId) {
		Map<P, T> result = new LinkedHashMap<>();
		for (P parent : parents) {
			List<T> rows = byId.get(idOf.apply(parent));
			if (rows != null && !rows.isEmpty()) {
				result.put(parent, rows.get(0));
			}
		}
		return result;
	}

}
