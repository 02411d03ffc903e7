package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;

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

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<MeetingRecord> FORMAT = new RecordFormat<>(MeetingRecord.class, RecordReader.fields("id", "title", "body", "start", "end", "location",
			"mode", "collocatedWith", "agenda", "deadlines", "url", "source", "confidence", "note"),
			MeetingRecord::read);

	private static final Set<String> AGENDA_ITEM = RecordReader.fields("number", "title");

	private static final Set<String> DEADLINE = RecordReader.fields("kind", "due");

	public MeetingRecord {
		agenda = agenda != null ? List.copyOf(agenda) : List.of();
		deadlines = deadlines != null ? List.copyOf(deadlines) : List.of();
	}

	/**
	 * Whether a contribution for this agenda item fits the meeting: it names no item, or one of the agenda's numbers.
	 * The one rule for imports and mutations.
	 */
	public boolean fitsAgenda(String agendaItem) {
		return agendaItem == null || this.agenda.stream().anyMatch((item) -> agendaItem.equals(item.number()));
	}

	/** An item of the agenda: its number ("1", "7.2") and title. */
	public record AgendaItem(String number, String title) {
	}

	/** A deadline of the meeting: its kind (CONTRIBUTIONS, REGISTRATION, ...) and the last day. */
	public record Deadline(String kind, LocalDate due) {
	}

	private static MeetingRecord read(RecordReader r) {
		List<MeetingRecord.AgendaItem> agenda = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (RecordReader item : r.objects("agenda", AGENDA_ITEM)) {
			MeetingRecord.AgendaItem read = new MeetingRecord.AgendaItem(
					item.text("number", true, FieldRules.NUMBER_LENGTH), item.text("title", true, FieldRules.TITLE_LENGTH));
			if (read.number() != null && !numbers.add(read.number())) {
				item.problem("number", "'" + read.number() + "' is used by an earlier agenda item");
			}
			agenda.add(read);
		}
		List<MeetingRecord.Deadline> deadlines = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		for (RecordReader deadline : r.objects("deadlines", DEADLINE)) {
			MeetingRecord.Deadline read = new MeetingRecord.Deadline(
					deadline.checked("kind", true, FieldRules.CODE_LENGTH, FieldRules::codeProblem),
					deadline.date("due", true));
			if (read.kind() != null && !kinds.add(read.kind())) {
				deadline.problem("kind", "'" + read.kind() + "' is listed twice");
			}
			deadlines.add(read);
		}
		MeetingRecord record = new MeetingRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.reference("body", true), r.dateTime("start", true), r.dateTime("end", true),
				r.text("location", false, FieldRules.NAME_LENGTH), r.enumValue("mode", MeetingMode.class, true),
				r.text("collocatedWith", false, FieldRules.TITLE_LENGTH), agenda, deadlines, r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.start() != null && record.end() != null && !record.end().isAfter(record.start())) {
			r.problem("end", "must be after start (" + record.start() + ")");
		}
		return record;
	}

}
