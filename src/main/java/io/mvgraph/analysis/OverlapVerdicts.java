package io.mvgraph.analysis;

import java.util.Set;

/**
 * Reviewers' verdicts on overlaps. The pairs a reviewer rejected (not an overlap) are left out of {@code overlaps},
 * {@code coordinationGaps} and the TSAG report. Any bean of this type is asked once per request; none means no
 * verdicts yet. The verdicts are read fresh each time (they are not part of the cached model).
 */
public interface OverlapVerdicts {

	/** The rejected pairs; one statement at most. */
	Set<OverlapPair> rejected();

	/**
	 * The same pairs as a Cypher expression, a list of {@code [a, b]} lists, for the one statement of a warm analysis
	 * request ({@code AnalysisStatement}); null when this bean has none (its verdicts are then read by
	 * {@link #rejected}, a statement of their own).
	 */
	default String rejectedCypher() {
		return null;
	}

}
