package io.mvgraph.meeting;

import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.PartialDate;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.people.PersonRecord;
import io.mvgraph.people.PersonStore;
import io.mvgraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing meetings (with their agendas and deadlines) and the contributions to them. Each method one transaction,
 * all or nothing, EDITOR only. A contribution locks its meeting, so that the agenda it names cannot change under it.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class MeetingEditing {

	private final Edits edits;

	private final MeetingStore meetings;

	private final ContributionStore contributions;

	private final MeetingService reads;

	private final PersonStore people;

	MeetingEditing(Edits edits, MeetingStore meetings, ContributionStore contributions, MeetingService reads,
			PersonStore people) {
		this.edits = edits;
		this.meetings = meetings;
		this.contributions = contributions;
		this.reads = reads;
		this.people = people;
	}

	public Meeting create(MeetingInputs.CreateMeetingInput input) {
		MeetingRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input");
		this.edits.requireExisting(EntityType.BODY, "input.body", record.body());
		this.edits.create(this.meetings, "input.id", record);
		return this.reads.get(record.id());
	}

	/** Changes the fields given; an agenda that drops an item a contribution is for is a {@code CONFLICT}. */
	public Meeting update(String id, Long version, MeetingInputs.UpdateMeetingInput input) {
		MeetingRecord before = this.edits.current(this.meetings, id, version);
		MeetingRecord after = input.applyTo(before);
		for (MeetingRecord.AgendaItem item : before.agenda()) {
			boolean named = before.actionItems().stream().anyMatch((a) -> item.number().equals(a.agendaItem()))
					|| before.appointments().stream().anyMatch((a) -> item.number().equals(a.agendaItem()));
			if ((item.hasResults() || named) && !after.fitsAgenda(item.number())) {
				throw ApiException.conflict("input.agenda", "The agenda drops item '" + item.number()
						+ "', which has results, action items or appointments recorded; clear them first (recordMeetingResults)");
			}
		}
		RecordFormat.requireValid(after, "input");
		if (!after.body().equals(before.body())) {
			this.edits.requireExisting(EntityType.BODY, "input.body", after.body());
		}
		for (ContributionRecord contribution : this.contributions.contributionsOf(List.of(id))) {
			if (!after.fitsAgenda(contribution.agendaItem())) {
				throw ApiException.conflict("input.agenda", "The agenda drops item '" + contribution.agendaItem()
						+ "', which contribution '" + contribution.id() + "' is for; move the contribution first");
			}
		}
		this.edits.save(this.meetings, before, after);
		return this.reads.get(id);
	}

	/**
	 * Records what the meeting did (participants, outputs, the results of agenda items, action items,
	 * appointments): the lists given replace the meeting's, agenda items are named by number. An unknown meeting
	 * is {@code NOT_FOUND}, an agenda item it does not have {@code BAD_REQUEST}; people, bodies and liaisons named
	 * must exist ({@code NOT_FOUND} naming the field).
	 */
	public Meeting recordResults(String id, Long version, MeetingInputs.RecordMeetingResultsInput input) {
		MeetingRecord before = this.edits.current(this.meetings, id, version);
		MeetingRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input", (path) -> input.field(path, before));
		requireReferences(after, (path) -> input.field(path, before));
		this.edits.save(this.meetings, before, after);
		if (Boolean.TRUE.equals(input.assignRoles())) {
			assignRoles(after);
		}
		return this.reads.get(id);
	}

	/**
	 * Gives each appointee the role the meeting appointed them to, from the meeting's day, unless they hold that role
	 * in that body on that day already: the contact lists then show the appointment. Each person changed is an edit
	 * of their own (version, history), in the same transaction.
	 */
	private void assignRoles(MeetingRecord meeting) {
		java.time.LocalDate day = meeting.start().toLocalDate();
		Map<String, List<MeetingRecord.Appointment>> byPerson = new java.util.TreeMap<>();
		meeting.appointments().forEach((a) -> byPerson.computeIfAbsent(a.person(), (key) -> new java.util.ArrayList<>()).add(a));
		for (Map.Entry<String, List<MeetingRecord.Appointment>> entry : byPerson.entrySet()) {
			PersonRecord person = this.edits.current(this.people, "input.appointments", entry.getKey(), null);
			List<PersonRecord.Role> roles = new java.util.ArrayList<>(person.roles());
			for (MeetingRecord.Appointment appointment : entry.getValue()) {
				// held on the day or later: a new role would overlap it
				boolean later = roles.stream()
					.anyMatch((role) -> role.body().equals(appointment.body()) && role.kind() == appointment.kind()
							&& (role.until() == null || !role.until().end().isBefore(day)));
				if (!later) {
					roles.add(new PersonRecord.Role(appointment.body(), appointment.kind(), PartialDate.of(day), null,
							"Appointed at " + meeting.title() + (appointment.agendaItem() != null
									? ", agenda item " + appointment.agendaItem() : "")));
				}
			}
			this.edits.save(this.people, person, person.withRoles(roles));
		}
	}

	/** The people, bodies and liaisons a meeting's records name exist (and stay, locked, until the commit). */
	private void requireReferences(MeetingRecord record, java.util.function.Function<String, String> fieldOf) {
		List<String> people = new java.util.ArrayList<>();
		List<String> peopleFields = new java.util.ArrayList<>();
		List<String> bodies = new java.util.ArrayList<>();
		List<String> bodyFields = new java.util.ArrayList<>();
		List<String> liaisons = new java.util.ArrayList<>();
		List<String> liaisonFields = new java.util.ArrayList<>();
		for (int i = 0; i < record.participants().size(); i++) {
			MeetingRecord.Participant p = record.participants().get(i);
			add(people, peopleFields, p.person(), "input.participants[" + i + "].person");
			add(bodies, bodyFields, p.body(), "input.participants[" + i + "].body");
		}
		for (int i = 0; i < record.participantCounts().size(); i++) {
			add(bodies, bodyFields, record.participantCounts().get(i).body(), "input.participantCounts[" + i + "].body");
		}
		for (int i = 0; i < record.outputs().size(); i++) {
			add(liaisons, liaisonFields, record.outputs().get(i).liaison(), "input.outputs[" + i + "].liaison");
		}
		for (int i = 0; i < record.agenda().size(); i++) {
			List<MeetingRecord.AgendaLiaison> taken = record.agenda().get(i).liaisons();
			for (int j = 0; j < taken.size(); j++) {
				add(liaisons, liaisonFields, taken.get(j).liaison(), "input.agenda[" + i + "].liaisons[" + j + "].liaison");
			}
		}
		for (int i = 0; i < record.actionItems().size(); i++) {
			add(people, peopleFields, record.actionItems().get(i).person(), "input.actionItems[" + i + "].person");
		}
		for (int i = 0; i < record.appointments().size(); i++) {
			MeetingRecord.Appointment a = record.appointments().get(i);
			add(people, peopleFields, a.person(), "input.appointments[" + i + "].person");
			add(bodies, bodyFields, a.body(), "input.appointments[" + i + "].body");
		}
		this.edits.requireExisting(EntityType.PERSON, people, (i) -> fieldOf.apply(peopleFields.get(i)));
		this.edits.requireExisting(EntityType.BODY, bodies, (i) -> fieldOf.apply(bodyFields.get(i)));
		this.edits.requireExisting(EntityType.LIAISON, liaisons, (i) -> fieldOf.apply(liaisonFields.get(i)));
	}

	private static void add(List<String> ids, List<String> fields, String id, String field) {
		if (id != null) {
			ids.add(id);
			fields.add(field);
		}
	}

	/** Deletes a meeting with its agenda and deadlines; one with contributions is a {@code CONFLICT}. */
	public String delete(String id, Long version) {
		MeetingRecord before = this.edits.current(this.meetings, id, version);
		List<ContributionRecord> submitted = this.contributions.contributionsOf(List.of(id));
		if (!submitted.isEmpty()) {
			throw ApiException.conflict("id", "The meeting '" + id + "' has " + submitted.size()
					+ " contribution(s); delete them first");
		}
		this.meetings.deleteOwned(id);
		this.edits.delete(this.meetings, before);
		return id;
	}

	public Contribution createContribution(MeetingInputs.CreateContributionInput input) {
		ContributionRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input", MeetingEditing::contributionField);
		MeetingRecord meeting = this.edits.current(this.meetings, "input.meeting", record.meeting(), null);
		this.edits.requireExisting(EntityType.BODY, "input.source", record.from());
		requireFits(meeting, record);
		this.edits.create(this.contributions, "input.id", record);
		return this.reads.contribution(record.id());
	}

	public Contribution updateContribution(String id, Long version, MeetingInputs.UpdateContributionInput input) {
		ContributionRecord before = this.edits.current(this.contributions, id, version);
		ContributionRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input", MeetingEditing::contributionField);
		MeetingRecord meeting = this.edits.current(this.meetings, "input.meeting", after.meeting(), null);
		this.edits.requireExisting(EntityType.BODY, "input.source", after.from());
		requireFits(meeting, after);
		this.edits.save(this.contributions, before, after);
		return this.reads.contribution(id);
	}

	public String deleteContribution(String id, Long version) {
		ContributionRecord before = this.edits.current(this.contributions, id, version);
		this.edits.delete(this.contributions, before);
		return id;
	}

	/** A contribution names an item of its meeting's agenda, and a number no other contribution to it has. */
	private void requireFits(MeetingRecord meeting, ContributionRecord contribution) {
		if (!meeting.fitsAgenda(contribution.agendaItem())) {
			throw ApiException.badRequest("input.agendaItem", "meeting '" + meeting.id() + "' has no agenda item '"
					+ contribution.agendaItem() + "'; it has " + meeting.agenda().stream().map(MeetingRecord.AgendaItem::number).toList());
		}
		for (ContributionRecord other : this.contributions.contributionsOf(List.of(meeting.id()))) {
			if (!other.id().equals(contribution.id()) && other.number().equals(contribution.number())) {
				throw ApiException.conflict("input.number", "'" + contribution.number()
						+ "' is already the number of contribution '" + other.id() + "' to meeting '" + meeting.id() + "'");
			}
		}
	}

	/** The record's fields as the contribution inputs name them (source: the body; provenance: the record's source). */
	private static String contributionField(String path) {
		if (path.startsWith("input.source")) {
			return "input.provenance" + path.substring("input.source".length());
		}
		if (path.startsWith("input.from")) {
			return "input.source" + path.substring("input.from".length());
		}
		return path;
	}

}
