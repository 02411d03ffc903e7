package io.mvgraph.review;

/** What an analyst decided about a pair of work items that the overlap analysis put together. */
public enum OverlapVerdict {

	/** They do cover the same ground: the overlap stands, marked as confirmed. */
	CONFIRMED,
	/** A false positive: the pair leaves the overlaps and the coordination gaps (until restored). */
	REJECTED

}
