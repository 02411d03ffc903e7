package io.mvgraph.people;

import java.time.LocalDate;

import io.mvgraph.api.PartialDate;

/**
 * A role a person holds, or held, in a body for a period ({@code (:Person)-[:HAS_ROLE]->(:Body)}). The person and
 * the body are resolved in batches from their ids.
 */
public record Role(String personId, String bodyId, RoleKind kind, PartialDate since, PartialDate until, String note) {

	/** Whether the role is held on that day: begun (or no start known) and not ended. */
	public boolean heldOn(LocalDate day) {
		return heldOn(this.since, this.until, day);
	}

	/** The rule of {@link #heldOn(LocalDate)} for any pair of bounds (partial dates: the intervals they name). */
	public static boolean heldOn(PartialDate since, PartialDate until, LocalDate day) {
		return (since == null || since.startsOnOrBefore(day)) && (until == null || !until.end().isBefore(day));
	}

	public boolean current() {
		return heldOn(LocalDate.now());
	}

	/** A key that tells roles apart within one batch. */
	String key() {
		return this.personId + '\u001f' + this.bodyId + '\u001f' + this.kind + '\u001f' + this.since;
	}

}
