package io.mvgraph.analysis;

/** What shows that the two coordination units of an overlap coordinate their work: the kind of a channel. */
public enum CoordinationKind {

	/** The two work items are linked EQUIVALENT_TO: one text, published by both. */
	COMMON_TEXT,
	/** A liaison statement went from one body (or a body above it) to the other (or a body above it), or in copy. */
	LIAISON_STATEMENT,
	/**
	 * A standing agreement between the two units (a liaison of kind AGREEMENT: liaison category, partnership, MoU,
	 * membership), between any bodies of them: it covers the whole units.
	 */
	LIAISON_AGREEMENT,
	/**
	 * The ITU-T work programme lists the other body as a liaison partner of one of the two work items (a liaison of
	 * kind WORK_PROGRAMME_DECLARATION): coordination declared for that work item only, no dated statement behind it.
	 */
	WORK_PROGRAMME,
	/** One item adopts or transposes the other's text (ADOPTS): one text under two designations. */
	ADOPTION,
	/** One item carries the other's work on in another body (CONTINUES), or replaces it (SUPERSEDES). */
	LINEAGE,
	/**
	 * A statement from or to the JCA-MV or TSAG addressed or copied to both units, or concerning both items: the hub
	 * puts the two in touch (ToR 2.6).
	 */
	HUB_STATEMENT;

	/**
	 * The kind of a liaison record: its {@code kind} (data-set format v2), or on graphs imported before v2 the
	 * convention of the note's first words.
	 */
	static CoordinationKind ofLiaison(String kind, String note) {
		if (kind != null) {
			return switch (kind) {
				case "AGREEMENT" -> LIAISON_AGREEMENT;
				case "WORK_PROGRAMME_DECLARATION" -> WORK_PROGRAMME;
				default -> LIAISON_STATEMENT;
			};
		}
		return ofLiaisonNote(note);
	}

	/** The kind of a liaison record, from the v1 convention of the data set (the first words of its note). */
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
