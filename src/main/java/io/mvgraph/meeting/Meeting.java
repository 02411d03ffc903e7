package io.mvgraph.meeting;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting of a body ({@code HELD_BY}): when, in local time with its UTC offset; where; how; its agenda and
 * deadlines, read with it. Its body and contributions are resolved in batches.
 */
public record Meeting(String id, String title, String bodyId, OffsetDateTime start, OffsetDateTime end,
		String location, MeetingMode mode, String collocatedWith, List<AgendaItem> agenda, List<Deadline> deadlines,
		String url, String source, String confidence, String note, Long version, ZonedDateTime updatedAt,
		String updatedBy) {

	/** An item of the agenda: its number ("1", "7.2") and title. */
	public record AgendaItem(String number, String title) {
	}

	/** A deadline: its kind (CONTRIBUTIONS, REGISTRATION, ...) and the last day. */
	public record Deadline(String kind, java.time.LocalDate due) {
	}

	/** The kind of the deadline after which a contribution is late. */
	public static final String CONTRIBUTIONS = "CONTRIBUTIONS";

}
