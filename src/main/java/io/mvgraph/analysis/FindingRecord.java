package io.mvgraph.analysis;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The lifecycle of a finding in its canonical form, for the history: what people (and the writes that resolve or
 * dismiss a finding by themselves) decided about it. Its content (units, pairs, statement) is computed, not here.
 *
 * @param meeting the meeting it was reported at (REPORTED), by id
 * @param liaison the liaison statement it was reported in (REPORTED), by id
 * @param report the report it was reported in, as text ("TSAG report 2026-01")
 * @param resolvedBy the channel that resolved it by itself (its evidence line)
 * @param resolvedByLiaisons the liaisons behind that channel
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FindingRecord(String id, FindingStatus status, String note, String meeting, String liaison, String report,
		String resolvedBy, List<String> resolvedByLiaisons) {

	FindingRecord {
		resolvedByLiaisons = resolvedByLiaisons == null ? List.of() : List.copyOf(resolvedByLiaisons);
	}

	/** A move to another status: the note is the move's; reported-in and resolved-by go with their statuses. */
	FindingRecord moved(FindingStatus to, String note) {
		boolean reported = to == FindingStatus.REPORTED || to == FindingStatus.RESOLVED;
		return new FindingRecord(this.id, to, note, reported ? this.meeting : null, reported ? this.liaison : null,
				reported ? this.report : null, null, List.of());
	}

	FindingRecord reportedIn(String meeting, String liaison, String report) {
		return new FindingRecord(this.id, this.status, this.note, meeting, liaison, report, this.resolvedBy,
				this.resolvedByLiaisons);
	}

	FindingRecord resolvedBy(String channel, List<String> liaisons) {
		return new FindingRecord(this.id, this.status, this.note, this.meeting, this.liaison, this.report, channel,
				liaisons);
	}

}
