package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.mvgraph.api.Patch;

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
			return new MeetingRecord(before.id(), Patch.apply(this.title, before.title()),
					Patch.apply(this.body, before.body()), Patch.apply(this.start, before.start()),
					Patch.apply(this.end, before.end()), Patch.apply(this.location, before.location()),
					Patch.apply(this.mode, before.mode()), Patch.apply(this.collocatedWith, before.collocatedWith()),
					this.agenda == null || this.agenda.isOmitted() ? before.agenda() : agendaRecords(this.agenda.value()),
					this.deadlines == null || this.deadlines.isOmitted() ? before.deadlines()
							: deadlineRecords(this.deadlines.value()),
					Patch.apply(this.url, before.url()), Patch.apply(this.source, before.source()),
					Patch.apply(this.confidence, before.confidence()), Patch.apply(this.note, before.note()));
		}

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
