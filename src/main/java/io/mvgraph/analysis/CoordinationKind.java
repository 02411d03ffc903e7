package io.mvgraph.analysis;

/** What shows that the two bodies of an overlap coordinate their work. */
public enum CoordinationKind {

	/** The two work items are linked EQUIVALENT_TO: one text, published by both. */
	COMMON_TEXT,
	/** A liaison statement went from one body (or a body above it) to the other (or a body above it). */
	LIAISON_STATEMENT,
	/** A standing liaison agreement between the bodies (a liaison whose note starts with "type: LIAISON_AGREEMENT"). */
	LIAISON_AGREEMENT,
	/**
	 * The ITU-T work programme lists the other body as a liaison partner of one of the two work items (a liaison whose
	 * note starts with "type: WORK_PROGRAMME_LIAISON_FIELD"): coordination declared for that work item only, without
	 * a dated statement behind it.
	 */
	WORK_PROGRAMME;

	/** The kind of a liaison record, from the convention of the data set (the first words of its note). */
	static CoordinationKind ofLiaisonNote(String note) {
		if (note != null) {
			String start = note.stripLeading();
			if (start.startsWith("type: WORK_PROGRAMME_LIAISON_FIELD")) {
				return WORK_PROGRAMME;
			}
			if (start.startsWith("type: LIAISON_AGREEMENT")) {
				return LIAISON_AGREEMENT;
			}
		}
		return LIAISON_STATEMENT;
	}

}
