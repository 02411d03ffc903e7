package io.mvgraph.api;

import java.util.List;
import java.util.function.Function;

/** A Relay connection: one page of a list, with the cursors to go on from it. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	/**
	 * The page from rows fetched with {@code LIMIT first + 1}: the extra row only says that there is a next page.
	 */
	public static <T> Connection<T> of(List<T> rows, int first, boolean after, long totalCount,
			Function<T, Cursor> cursorOf) {
		boolean hasNext = rows.size() > first;
		List<Edge<T>> edges = rows.stream()
			.limit(first)
			.map((row) -> new Edge<>(cursorOf.apply(row).encode(), row))
			.toList();
		PageInfo pageInfo = new PageInfo(hasNext, after, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

}
