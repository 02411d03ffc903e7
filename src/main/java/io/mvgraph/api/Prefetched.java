package io.mvgraph.api;

import java.util.IdentityHashMap;
import java.util.Map;

import graphql.GraphQLContext;

/**
 * What the one statement of a compiled query already fetched for the fields below its root, per request: keyed by
 * the very object a field is resolved on (identity, not id: the same record at two places of the tree may carry
 * different sub-selections) and the field's result key (its alias or name). {@link PrefetchInstrumentation} answers a
 * field from here before its resolver runs; a field nobody prefetched is resolved as before (batch loaders).
 */
public final class Prefetched {

	private static final String KEY = Prefetched.class.getName();

	private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

	private Prefetched() {
	}

	/** The request's store, made on first use. */
	public static Prefetched of(GraphQLContext context) {
		Prefetched prefetched = context.get(KEY);
		if (prefetched == null) {
			prefetched = new Prefetched();
			context.put(KEY, prefetched);
		}
		return prefetched;
	}

	static Prefetched find(GraphQLContext context) {
		return context.get(KEY);
	}

	public synchronized void put(Object source, String resultKey, Object value) {
		this.values.computeIfAbsent(source, (key) -> new java.util.HashMap<>(4)).put(resultKey, value);
	}

	/** The value fetched for this field of this object; {@code absent} when none was. */
	synchronized Object get(Object source, String resultKey, Object absent) {
		Map<String, Object> fields = this.values.get(source);
		return fields != null ? fields.getOrDefault(resultKey, absent) : absent;
	}

}
