package io.mvgraph.meeting;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting of a body ({@code HELD_BY}): when, in local time with its UTC offset; where; how; its agenda (with the
 * results of each item) and deadlines, and what the meeting recorded (participants, outputs, action items,
 * appointments), read with it in the data-set record's own types. Its body and contributions are resolved in
 * batches.
 */
public record Meeting(String id, String title, String bodyId, OffsetDateTime start, OffsetDateTime end,
		String location, MeetingMode mode, String collocatedWith, List<MeetingRecord.AgendaItem> agenda,
		List<MeetingRecord.Deadline> deadlines, List<MeetingRecord.Participant> participants,
		List<MeetingRecord.ParticipantCount> participantCounts, List<MeetingRecord.Output> outputs,
		List<MeetingRecord.ActionItem> actionItems, List<MeetingRecord.Appointment> appointments, String url,
		String source, String confidence, String note, Long version, ZonedDateTime updatedAt, String updatedBy) {

	/** The kind of the deadline after which a contribution is late. */
	public static final String CONTRIBUTIONS = "CONTRIBUTIONS";

	/**
	 * How many took part, where anything is recorded: the named participants plus the counts of those not named;
	 * null when neither is recorded.
	 */
	public Integer participantTotal() {
		if (this.participants.isEmpty() && this.participantCounts.isEmpty()) {
			return null;
		}
		return this.participants.size() + this.participantCounts.stream()
			.mapToInt((count) -> count.count() != null ? count.count() : 0)
			.sum();
	}

}
