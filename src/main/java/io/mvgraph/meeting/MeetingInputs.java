package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Patch;
import io.mvgraph.people.RoleKind;

import org.springframework.graphql.data.ArgumentValue;

/** The inputs of the meeting mutations. */
final class MeetingInputs {

	private MeetingInputs() {
	}

	record AgendaItemInput(String number, String title) {
	}

	record DeadlineInput(String kind, LocalDate due) {
	}

	static List<MeetingRecord.AgendaItem> agendaRecords(List<AgendaItemInput> items) {
		return items == null ? List.of()
				: items.stream().map((item) -> new MeetingRecord.AgendaItem(item.number(), item.title())).toList();
	}

	static List<MeetingRecord.Deadline> deadlineRecords(List<DeadlineInput> deadlines) {
		return deadlines == null ? List.of()
				: deadlines.stream().map((deadline) -> new MeetingRecord.Deadline(deadline.kind(), deadline.due())).toList();
	}

	record CreateMeetingInput(String id, String title, String body, OffsetDateTime start, OffsetDateTime end,
			String location, MeetingMode mode, String collocatedWith, List<AgendaItemInput> agenda,
			List<DeadlineInput> deadlines, String url, String source, String confidence, String note) {

		MeetingRecord toRecord() {
			return new MeetingRecord(this.id, this.title, this.body, this.start, this.end, this.location, this.mode,
					this.collocatedWith, agendaRecords(this.agenda), deadlineRecords(this.deadlines), this.url, this.source,
					this.confidence, this.note);
		}

	}

	record UpdateMeetingInput(ArgumentValue<String> title, ArgumentValue<String> body,
			ArgumentValue<OffsetDateTime> start, ArgumentValue<OffsetDateTime> end, ArgumentValue<String> location,
			ArgumentValue<MeetingMode> mode, ArgumentValue<String> collocatedWith,
			ArgumentValue<List<AgendaItemInput>> agenda, ArgumentValue<List<DeadlineInput>> deadlines,
			ArgumentValue<String> url, ArgumentValue<String> source, ArgumentValue<String> confidence,
			ArgumentValue<String> note) {

		MeetingRecord applyTo(MeetingRecord before) {
			MeetingRecord changed = new MeetingRecord(before.id(), Patch.apply(this.title, before.title()),
					Patch.apply(this.body, before.body()), Patch.apply(this.start, before.start()),
					Patch.apply(this.end, before.end()), Patch.apply(this.location, before.location()),
					Patch.apply(this.mode, before.mode()), Patch.apply(this.collocatedWith, before.collocatedWith()),
					this.agenda == null || this.agenda.isOmitted() ? before.agenda()
							: keepResults(agendaRecords(this.agenda.value()), before.agenda()),
					this.deadlines == null || this.deadlines.isOmitted() ? before.deadlines()
							: deadlineRecords(this.deadlines.value()),
					Patch.apply(this.url, before.url()), Patch.apply(this.source, before.source()),
					Patch.apply(this.confidence, before.confidence()), Patch.apply(this.note, before.note()));
			return changed.withRecords(changed.agenda(), before.participants(), before.participantCounts(),
					before.outputs(), before.actionItems(), before.appointments());
		}

	}

	/** A new agenda (numbers and titles) keeps the results recorded for the items it keeps, matched by number. */
	static List<MeetingRecord.AgendaItem> keepResults(List<MeetingRecord.AgendaItem> agenda,
			List<MeetingRecord.AgendaItem> before) {
		Map<String, MeetingRecord.AgendaItem> old = new HashMap<>();
		before.forEach((item) -> old.put(item.number(), item));
		return agenda.stream().map((item) -> {
			MeetingRecord.AgendaItem kept = old.get(item.number());
			return kept == null ? item
					: new MeetingRecord.AgendaItem(item.number(), item.title(), kept.summary(), kept.decisions(),
							kept.liaisons());
		}).toList();
	}

	record ParticipantInput(String person, String represents, String organisation) {
	}

	record ParticipantCountInput(String organisation, String represents, Integer count) {
	}

	record MeetingOutputInput(String number, String title, MeetingOutputKind kind, String url, String liaison) {
	}

	record AgendaLiaisonInput(String liaison, AgendaLiaisonOutcome outcome) {
	}

	/** The results of one agenda item, by its number; a field left out keeps what the item has. */
	record AgendaItemResultInput(String number, ArgumentValue<String> summary, ArgumentValue<List<String>> decisions,
			ArgumentValue<List<AgendaLiaisonInput>> liaisons) {
	}

	record ActionItemInput(String description, String person, String holder, LocalDate due, ActionItemStatus status,
			String agendaItem) {
	}

	record AppointmentInput(String person, String body, RoleKind kind, String agendaItem, String note) {
	}

	/**
	 * What a meeting recorded. A list left out keeps the meeting's; a list given replaces it whole (null or [] clears
	 * it). {@code agendaItems} changes only the items it names, by number.
	 */
	record RecordMeetingResultsInput(ArgumentValue<List<ParticipantInput>> participants,
			ArgumentValue<List<ParticipantCountInput>> participantCounts,
			ArgumentValue<List<MeetingOutputInput>> outputs, List<AgendaItemResultInput> agendaItems,
			ArgumentValue<List<ActionItemInput>> actionItems, ArgumentValue<List<AppointmentInput>> appointments,
			Boolean assignRoles) {

		/**
		 * The meeting with these records. An agenda item number the meeting does not have is a {@code BAD_REQUEST}
		 * naming it.
		 */
		MeetingRecord applyTo(MeetingRecord before) {
			Map<String, AgendaItemResultInput> results = new LinkedHashMap<>();
			List<AgendaItemResultInput> given = this.agendaItems != null ? this.agendaItems : List.of();
			for (int i = 0; i < given.size(); i++) {
				AgendaItemResultInput result = given.get(i);
				String field = "input.agendaItems[" + i + "].number";
				if (!before.agenda().stream().anyMatch((item) -> item.number().equals(result.number()))) {
					throw ApiException.badRequest(field, "meeting '" + before.id() + "' has no agenda item '"
							+ result.number() + "'; it has "
							+ before.agenda().stream().map(MeetingRecord.AgendaItem::number).toList());
				}
				if (results.put(result.number(), result) != null) {
					throw ApiException.badRequest(field, "agenda item '" + result.number() + "' is given twice");
				}
			}
			List<MeetingRecord.AgendaItem> agenda = before.agenda().stream().map((item) -> {
				AgendaItemResultInput result = results.get(item.number());
				if (result == null) {
					return item;
				}
				return new MeetingRecord.AgendaItem(item.number(), item.title(),
						Patch.apply(result.summary(), item.summary()),
						result.decisions() == null || result.decisions().isOmitted() ? item.decisions()
								: result.decisions().value(),
						result.liaisons() == null || result.liaisons().isOmitted() ? item.liaisons()
								: list(result.liaisons().value()).stream()
									.map((taken) -> new MeetingRecord.AgendaLiaison(taken.liaison(), taken.outcome()))
									.toList());
			}).toList();
			return before.withRecords(agenda,
					replace(this.participants, before.participants(),
							(p) -> new MeetingRecord.Participant(p.person(), p.represents(), p.organisation())),
					replace(this.participantCounts, before.participantCounts(),
							(p) -> new MeetingRecord.ParticipantCount(p.organisation(), p.represents(), p.count())),
					replace(this.outputs, before.outputs(),
							(o) -> new MeetingRecord.Output(o.number(), o.title(), o.kind(), o.url(), o.liaison())),
					replace(this.actionItems, before.actionItems(),
							(a) -> new MeetingRecord.ActionItem(a.description(), a.person(), a.holder(), a.due(),
									a.status() != null ? a.status() : ActionItemStatus.OPEN, a.agendaItem())),
					replace(this.appointments, before.appointments(),
							(a) -> new MeetingRecord.Appointment(a.person(), a.body(), a.kind(), a.agendaItem(),
									a.note())));
		}

		/**
		 * The record's fields as this input names them: {@code agenda[k]} is the k-th item of the meeting, given as
		 * {@code agendaItems[i]}; a participant's or a count's {@code body} is its {@code represents}.
		 */
		String field(String path, MeetingRecord before) {
			java.util.regex.Matcher agenda = AGENDA_PATH.matcher(path);
			if (agenda.lookingAt()) {
				String number = before.agenda().get(Integer.parseInt(agenda.group(1))).number();
				List<AgendaItemResultInput> given = this.agendaItems != null ? this.agendaItems : List.of();
				for (int i = 0; i < given.size(); i++) {
					if (given.get(i).number().equals(number)) {
						return "input.agendaItems[" + i + "]" + path.substring(agenda.end());
					}
				}
				return path;
			}
			return BODY_PATH.matcher(path).replaceFirst("$1.represents");
		}

	}

	private static final java.util.regex.Pattern AGENDA_PATH = java.util.regex.Pattern.compile("input\\.agenda\\[(\\d+)\\]");

	private static final java.util.regex.Pattern BODY_PATH = java.util.regex.Pattern
		.compile("^(input\\.(?:participants|participantCounts)\\[\\d+\\])\\.body$");

	private static <T> List<T> list(List<T> values) {
		return values != null ? values : List.of();
	}

	private static <I, R> List<R> replace(ArgumentValue<List<I>> given, List<R> before,
			java.util.function.Function<I, R> toRecord) {
		if (given == null || given.isOmitted()) {
			return before;
		}
		return list(given.value()).stream().map(toRecord).toList();
	}

	/**
	 * A contribution: {@code source} is the submitting body (as in the API), {@code provenance} where the record
	 * comes from (the format's {@code source}). {@code submittedOn} defaults to today.
	 */
	record CreateContributionInput(String id, String meeting, String number, String title, String source,
			LocalDate submittedOn, String agendaItem, String url, String provenance, String confidence, String note) {

		ContributionRecord toRecord() {
			return new ContributionRecord(this.id, this.meeting, this.number, this.title, this.source,
					this.submittedOn != null ? this.submittedOn : LocalDate.now(), this.agendaItem, this.url,
					this.provenance, this.confidence, this.note);
		}

	}

	record UpdateContributionInput(ArgumentValue<String> number, ArgumentValue<String> title,
			ArgumentValue<String> source, ArgumentValue<LocalDate> submittedOn, ArgumentValue<String> agendaItem,
			ArgumentValue<String> url, ArgumentValue<String> provenance, ArgumentValue<String> confidence,
			ArgumentValue<String> note) {

		ContributionRecord applyTo(ContributionRecord before) {
			return new ContributionRecord(before.id(), before.meeting(), Patch.apply(this.number, before.number()),
					Patch.apply(this.title, before.title()), Patch.apply(this.source, before.from()),
					Patch.apply(this.submittedOn, before.submittedOn()),
					Patch.apply(this.agendaItem, before.agendaItem()), Patch.apply(this.url, before.url()),
					Patch.apply(this.provenance, before.source()), Patch.apply(this.confidence, before.confidence()),
					Patch.apply(this.note, before.note()));
		}

	}

}
