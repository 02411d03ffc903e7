package io.mvgraph.api;

/**
 * The {@link PartialDate} rule in Cypher, for properties that hold a partial date's text: its first and last day
 * as Neo4j dates. {@code date('2025')} and {@code date('2025-12')} are the first days of the year and month; a
 * quarter ({@code 2026-Q2}) is read by Cypher as its first day too.
 */
public final class PartialDateCypher {

	private PartialDateCypher() {
	}

	/** The first day of the partial date held by {@code expression} (null for null). */
	public static String start(String expression) {
		return "date(" + expression + ")";
	}

	/** The last day of the partial date held by {@code expression} (null for null). */
	public static String end(String expression) {
		return "(CASE WHEN " + expression + " IS NULL THEN null"
				+ " WHEN size(" + expression + ") = 4 THEN date(" + expression + ") + duration('P1Y') - duration('P1D')"
				+ " WHEN " + expression + " CONTAINS 'Q' THEN date(" + expression + ") + duration('P3M') - duration('P1D')"
				+ " WHEN size(" + expression + ") = 7 THEN date(" + expression + ") + duration('P1M') - duration('P1D')"
				+ " ELSE date(" + expression + ") END)";
	}

}
