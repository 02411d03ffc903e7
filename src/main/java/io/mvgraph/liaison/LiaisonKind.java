package io.mvgraph.liaison;

/** What a liaison record is (data-set format v2). */
public enum LiaisonKind {

	/** A dated liaison statement, sent from one body to others. */
	STATEMENT,
	/**
	 * A standing liaison: an agreement, cooperation, partnership or membership between the bodies; its {@code sentOn}
	 * is the day it began, where known.
	 */
	AGREEMENT,
	/** The liaison partners the ITU-T work programme lists for one work item (the items it concerns). */
	WORK_PROGRAMME_DECLARATION

}
