package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;
import io.mvgraph.people.RoleKind;

/**
 * A meeting of a body as the data-set format writes it: when (local date-times with their UTC offset), where, how,
 * its agenda and its deadlines, and what it recorded (the content of its executive summary): who took part (named
 * people, or counts per organisation where names are not recorded), per agenda item a summary, the decisions and the
 * liaison statements it considered or approved, its output documents, action items and the representatives it
 * appointed. Contributions are records of their own ({@link ContributionRecord}). Every list is optional, so that a
 * file without meeting records reads and writes as before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingRecord(String id, String title, String body, OffsetDateTime start, OffsetDateTime end,
		String location, MeetingMode mode, String collocatedWith,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<AgendaItem> agenda,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Deadline> deadlines,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Participant> participants,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ParticipantCount> participantCounts,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Output> outputs,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActionItem> actionItems,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Appointment> appointments, String url, String source,
		String confidence, String note) implements DatasetRecord {

	/** The fields of the record in a data-set file, and the rules of each. */
	public static final RecordFormat<MeetingRecord> FORMAT = new RecordFormat<>(MeetingRecord.class,
			RecordReader.fields("id", "title", "body", "start", "end", "location", "mode", "collocatedWith", "agenda",
					"deadlines", "participants", "participantCounts", "outputs", "actionItems", "appointments", "url",
					"source", "confidence", "note"),
			MeetingRecord::read);

	private static final Set<String> AGENDA_ITEM = RecordReader.fields("number", "title", "summary", "decisions",
			"liaisons");

	private static final Set<String> AGENDA_LIAISON = RecordReader.fields("liaison", "outcome");

	private static final Set<String> DEADLINE = RecordReader.fields("kind", "due");

	private static final Set<String> PARTICIPANT = RecordReader.fields("person", "body", "organisation");

	private static final Set<String> PARTICIPANT_COUNT = RecordReader.fields("organisation", "body", "count");

	private static final Set<String> OUTPUT = RecordReader.fields("number", "title", "kind", "url", "liaison");

	private static final Set<String> ACTION_ITEM = RecordReader.fields("description", "person", "holder", "due",
			"status", "agendaItem");

	private static final Set<String> APPOINTMENT = RecordReader.fields("person", "body", "kind", "agendaItem", "note");

	/** The most participants one organisation can be counted with: a typo guard, not a rule of ITU. */
	static final int MAX_COUNT = 10_000;

	public MeetingRecord {
		agenda = agenda != null ? List.copyOf(agenda) : List.of();
		deadlines = deadlines != null ? List.copyOf(deadlines) : List.of();
		participants = participants != null ? List.copyOf(participants) : List.of();
		participantCounts = participantCounts != null ? List.copyOf(participantCounts) : List.of();
		outputs = outputs != null ? List.copyOf(outputs) : List.of();
		actionItems = actionItems != null ? List.copyOf(actionItems) : List.of();
		appointments = appointments != null ? List.copyOf(appointments) : List.of();
	}

	/** A meeting without records (participants, outputs, results, actions, appointments). */
	public MeetingRecord(String id, String title, String body, OffsetDateTime start, OffsetDateTime end,
			String location, MeetingMode mode, String collocatedWith, List<AgendaItem> agenda, List<Deadline> deadlines,
			String url, String source, String confidence, String note) {
		this(id, title, body, start, end, location, mode, collocatedWith, agenda, deadlines, null, null, null, null,
				null, url, source, confidence, note);
	}

	/**
	 * Whether a contribution for this agenda item fits the meeting: it names no item, or one of the agenda's numbers.
	 * The one rule for imports and mutations.
	 */
	public boolean fitsAgenda(String agendaItem) {
		return agendaItem == null || this.agenda.stream().anyMatch((item) -> agendaItem.equals(item.number()));
	}

	/** The people the record names (participants, action holders, appointees), for reference checks. */
	public List<String> personIds() {
		return Stream.of(this.participants.stream().map(Participant::person),
				this.actionItems.stream().map(ActionItem::person), this.appointments.stream().map(Appointment::person))
			.flatMap((ids) -> ids)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	/** The bodies the record names besides the holding body (represented, appointed to). */
	public List<String> bodyIds() {
		return Stream.of(this.participants.stream().map(Participant::body),
				this.participantCounts.stream().map(ParticipantCount::body),
				this.appointments.stream().map(Appointment::body))
			.flatMap((ids) -> ids)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	/** The liaison statements the record names (taken by agenda items, output documents). */
	public List<String> liaisonIds() {
		return Stream.concat(
				this.agenda.stream().flatMap((item) -> item.liaisons().stream()).map(AgendaLiaison::liaison),
				this.outputs.stream().map(Output::liaison))
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList();
	}

	/** The record with these agenda item results, the rest unchanged. */
	MeetingRecord withRecords(List<AgendaItem> agenda, List<Participant> participants,
			List<ParticipantCount> participantCounts, List<Output> outputs, List<ActionItem> actionItems,
			List<Appointment> appointments) {
		return new MeetingRecord(this.id, this.title, this.body, this.start, this.end, this.location, this.mode,
				this.collocatedWith, agenda, this.deadlines, participants, participantCounts, outputs, actionItems,
				appointments, this.url, this.source, this.confidence, this.note);
	}

	/**
	 * An item of the agenda: its number ("1", "7.2") and title; once the meeting has been held, a summary of the
	 * discussion, the decisions taken, and the liaison statements it considered or approved.
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record AgendaItem(String number, String title, String summary, List<String> decisions,
			List<AgendaLiaison> liaisons) {

		public AgendaItem {
			decisions = decisions != null ? List.copyOf(decisions) : List.of();
			liaisons = liaisons != null ? List.copyOf(liaisons) : List.of();
		}

		public AgendaItem(String number, String title) {
			this(number, title, null, null, null);
		}

		/** Whether anything was recorded for the item besides its number and title. */
		public boolean hasResults() {
			return this.summary != null || !this.decisions.isEmpty() || !this.liaisons.isEmpty();
		}

	}

	/** A liaison statement an agenda item considered (incoming) or approved (outgoing). */
	public record AgendaLiaison(String liaison, AgendaLiaisonOutcome outcome) {
	}

	/** A deadline of the meeting: its kind (CONTRIBUTIONS, REGISTRATION, ...) and the last day. */
	public record Deadline(String kind, LocalDate due) {
	}

	/** A person in the graph who took part, and the organisation represented (a body, or in words). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Participant(String person, String body, String organisation) {
	}

	/** How many took part for one organisation, where their names are not recorded. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ParticipantCount(String organisation, String body, Integer count) {
	}

	/** A document the meeting produced: its report, an outgoing liaison statement (the liaison record), others. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Output(String number, String title, MeetingOutputKind kind, String url, String liaison) {
	}

	/** What the meeting asked someone to do: who (a person in the graph, or in words), by when, and how it stands. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ActionItem(String description, String person, String holder, LocalDate due, ActionItemStatus status,
			String agendaItem) {
	}

	/**
	 * A representative the meeting appointed: a person for a role (a liaison representative, a contact point) in a
	 * body. The role itself is the person's (people: {@code HAS_ROLE}); this says the meeting appointed it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Appointment(String person, String body, RoleKind kind, String agendaItem, String note) {
	}

	private static MeetingRecord read(RecordReader r) {
		List<MeetingRecord.AgendaItem> agenda = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (RecordReader item : r.objects("agenda", AGENDA_ITEM)) {
			List<AgendaLiaison> liaisons = new ArrayList<>();
			Set<String> taken = new HashSet<>();
			for (RecordReader liaison : item.objects("liaisons", AGENDA_LIAISON)) {
				AgendaLiaison read = new AgendaLiaison(liaison.reference("liaison", true),
						liaison.enumValue("outcome", AgendaLiaisonOutcome.class, true));
				if (read.liaison() != null && !taken.add(read.liaison())) {
					liaison.problem("liaison", "'" + read.liaison() + "' is listed twice for this agenda item");
				}
				liaisons.add(read);
			}
			MeetingRecord.AgendaItem read = new MeetingRecord.AgendaItem(
					item.text("number", true, FieldRules.NUMBER_LENGTH), item.text("title", true, FieldRules.TITLE_LENGTH),
					item.text("summary", false, FieldRules.TEXT_LENGTH), item.texts("decisions", FieldRules.TEXT_LENGTH),
					liaisons);
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
		List<Participant> participants = new ArrayList<>();
		Set<String> people = new HashSet<>();
		for (RecordReader participant : r.objects("participants", PARTICIPANT)) {
			Participant read = new Participant(participant.reference("person", true),
					participant.reference("body", false),
					participant.text("organisation", false, FieldRules.NAME_LENGTH));
			if (read.person() != null && !people.add(read.person())) {
				participant.problem("person", "'" + read.person() + "' is listed twice");
			}
			participants.add(read);
		}
		List<ParticipantCount> counts = new ArrayList<>();
		Set<String> organisations = new HashSet<>();
		for (RecordReader count : r.objects("participantCounts", PARTICIPANT_COUNT)) {
			ParticipantCount read = new ParticipantCount(count.text("organisation", true, FieldRules.NAME_LENGTH),
					count.reference("body", false), count.integer("count", true, 1, MAX_COUNT));
			if (read.organisation() != null && !organisations.add(read.organisation())) {
				count.problem("organisation", "'" + read.organisation() + "' is counted twice");
			}
			counts.add(read);
		}
		List<Output> outputs = new ArrayList<>();
		Set<String> outputNumbers = new HashSet<>();
		for (RecordReader output : r.objects("outputs", OUTPUT)) {
			Output read = new Output(output.text("number", false, FieldRules.NUMBER_LENGTH),
					output.text("title", true, FieldRules.TITLE_LENGTH),
					output.enumValue("kind", MeetingOutputKind.class, true), output.url("url"),
					output.reference("liaison", false));
			if (read.number() != null && !outputNumbers.add(read.number())) {
				output.problem("number", "'" + read.number() + "' is the number of an earlier output");
			}
			outputs.add(read);
		}
		List<ActionItem> actions = new ArrayList<>();
		for (RecordReader action : r.objects("actionItems", ACTION_ITEM)) {
			ActionItem read = new ActionItem(action.text("description", true, FieldRules.TEXT_LENGTH),
					action.reference("person", false), action.text("holder", false, FieldRules.NAME_LENGTH),
					action.date("due"), action.enumValue("status", ActionItemStatus.class, true),
					action.text("agendaItem", false, FieldRules.NUMBER_LENGTH));
			if (!action.has("person") && !action.has("holder")) {
				action.problem("holder", "name who holds the action: a person in the graph (person) or in words (holder)");
			}
			actions.add(read);
		}
		List<Appointment> appointments = new ArrayList<>();
		Set<String> appointed = new HashSet<>();
		for (RecordReader appointment : r.objects("appointments", APPOINTMENT)) {
			Appointment read = new Appointment(appointment.reference("person", true),
					appointment.reference("body", true), appointment.enumValue("kind", RoleKind.class, true),
					appointment.text("agendaItem", false, FieldRules.NUMBER_LENGTH),
					appointment.text("note", false, FieldRules.TEXT_LENGTH));
			if (read.person() != null && read.body() != null && read.kind() != null
					&& !appointed.add(read.person() + "|" + read.body() + "|" + read.kind())) {
				appointment.problem("person", "'" + read.person() + "' is appointed twice to the same role");
			}
			appointments.add(read);
		}
		MeetingRecord record = new MeetingRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.reference("body", true), r.dateTime("start", true), r.dateTime("end", true),
				r.text("location", false, FieldRules.NAME_LENGTH), r.enumValue("mode", MeetingMode.class, true),
				r.text("collocatedWith", false, FieldRules.TITLE_LENGTH), agenda, deadlines, participants, counts,
				outputs, actions, appointments, r.url("url"), r.text("source", false, FieldRules.URL_LENGTH),
				r.confidence(), r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.start() != null && record.end() != null && !record.end().isAfter(record.start())) {
			r.problem("end", "must be after start (" + record.start() + ")");
		}
		// an action or an appointment names an item of this meeting's agenda, or none
		for (int i = 0; i < actions.size(); i++) {
			LocalDate due = actions.get(i).due();
			if (due != null && record.start() != null && due.isBefore(record.start().toLocalDate())) {
				r.problem("actionItems[" + i + "].due", "must not be before the meeting ("
						+ record.start().toLocalDate() + "), was " + due);
			}
			if (!record.fitsAgenda(actions.get(i).agendaItem())) {
				r.problem("actionItems[" + i + "].agendaItem", "the meeting has no agenda item '"
						+ actions.get(i).agendaItem() + "'");
			}
		}
		for (int i = 0; i < appointments.size(); i++) {
			if (!record.fitsAgenda(appointments.get(i).agendaItem())) {
				r.problem("appointments[" + i + "].agendaItem", "the meeting has no agenda item '"
						+ appointments.get(i).agendaItem() + "'");
			}
		}
		return record;
	}

}
