package io.mvgraph.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.meeting.MeetingMode;

/**
 * A meeting of a body as the data-set format writes it: when (local date-times with their UTC offset), where, how,
 * its agenda and its deadlines. Contributions are records of their own ({@link ContributionRecord}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingRecord(String id, String title, String body, OffsetDateTime start, OffsetDateTime end,
		String location, MeetingMode mode, String collocatedWith,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AgendaItem> agenda,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Deadline> deadlines, String url, String source,
		String confidence, String note) implements DatasetRecord {

	public MeetingRecord {
		agenda = agenda != null ? List.copyOf(agenda) : List.of();
		deadlines = deadlines != null ? List.copyOf(deadlines) : List.of();
	}

	/** An item of the agenda: its number ("1", "7.2") and title. */
	public record AgendaItem(String number, String title) {
	}

	/** A deadline of the meeting: its kind (CONTRIBUTIONS, REGISTRATION, ...) and the last day. */
	public record Deadline(String kind, LocalDate due) {
	}

}
