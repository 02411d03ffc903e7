package io.mvgraph.meeting;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.Batches;
import io.mvgraph.body.Body;
import io.mvgraph.body.BodyService;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.people.PeopleService;
import io.mvgraph.people.Person;
import io.mvgraph.people.Role;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MeetingController {

	private final MeetingService meetings;

	private final BodyService bodies;

	private final MeetingEditing editing;

	private final PeopleService people;

	MeetingController(MeetingService meetings, BodyService bodies, MeetingEditing editing, PeopleService people) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.editing = editing;
		this.people = people;
	}

	@MutationMapping
	Meeting recordMeetingResults(@Argument String id, @Argument Long version,
			@Argument MeetingInputs.RecordMeetingResultsInput input) {
		return this.editing.recordResults(id, version, input);
	}

	@BatchMapping(typeName = "Liaison", field = "consideredAt")
	Map<Liaison, List<LiaisonConsideration>> consideredAt(List<Liaison> liaisons) {
		return Batches.lists(liaisons, Liaison::id, this.meetings.considerations(Batches.ids(liaisons, Liaison::id)));
	}

	@BatchMapping(typeName = "AgendaLiaison", field = "liaison")
	Map<MeetingRecord.AgendaLiaison, Liaison> agendaLiaison(List<MeetingRecord.AgendaLiaison> taken) {
		return Batches.singles(taken, MeetingRecord.AgendaLiaison::liaison,
				this.meetings.liaisons(Batches.ids(taken, MeetingRecord.AgendaLiaison::liaison)));
	}

	@BatchMapping(typeName = "MeetingOutput", field = "liaison")
	Map<MeetingRecord.Output, Liaison> outputLiaison(List<MeetingRecord.Output> outputs) {
		return Batches.singles(outputs, MeetingRecord.Output::liaison,
				this.meetings.liaisons(present(outputs, MeetingRecord.Output::liaison)));
	}

	@BatchMapping(typeName = "Participant", field = "person")
	Map<MeetingRecord.Participant, Person> participantPerson(List<MeetingRecord.Participant> participants) {
		return Batches.singles(participants, MeetingRecord.Participant::person,
				this.people.byIds(Batches.ids(participants, MeetingRecord.Participant::person)));
	}

	@BatchMapping(typeName = "Participant", field = "represents")
	Map<MeetingRecord.Participant, Body> participantBody(List<MeetingRecord.Participant> participants) {
		return Batches.singles(participants, MeetingRecord.Participant::body,
				this.bodies.byIds(present(participants, MeetingRecord.Participant::body)));
	}

	@BatchMapping(typeName = "ParticipantCount", field = "represents")
	Map<MeetingRecord.ParticipantCount, Body> countBody(List<MeetingRecord.ParticipantCount> counts) {
		return Batches.singles(counts, MeetingRecord.ParticipantCount::body,
				this.bodies.byIds(present(counts, MeetingRecord.ParticipantCount::body)));
	}

	@BatchMapping(typeName = "ActionItem", field = "person")
	Map<MeetingRecord.ActionItem, Person> actionPerson(List<MeetingRecord.ActionItem> actions) {
		return Batches.singles(actions, MeetingRecord.ActionItem::person,
				this.people.byIds(present(actions, MeetingRecord.ActionItem::person)));
	}

	@BatchMapping(typeName = "Appointment", field = "person")
	Map<MeetingRecord.Appointment, Person> appointmentPerson(List<MeetingRecord.Appointment> appointments) {
		return Batches.singles(appointments, MeetingRecord.Appointment::person,
				this.people.byIds(Batches.ids(appointments, MeetingRecord.Appointment::person)));
	}

	@BatchMapping(typeName = "Appointment", field = "body")
	Map<MeetingRecord.Appointment, Body> appointmentBody(List<MeetingRecord.Appointment> appointments) {
		return Batches.singles(appointments, MeetingRecord.Appointment::body,
				this.bodies.byIds(Batches.ids(appointments, MeetingRecord.Appointment::body)));
	}

	/** The person's role of the appointed kind in the appointed body: the one still held, else the latest. */
	@BatchMapping(typeName = "Appointment", field = "role")
	Map<MeetingRecord.Appointment, Role> appointmentRole(List<MeetingRecord.Appointment> appointments) {
		Map<String, List<Role>> roles = this.people.rolesOf(Batches.ids(appointments, MeetingRecord.Appointment::person));
		Map<MeetingRecord.Appointment, Role> result = new LinkedHashMap<>();
		for (MeetingRecord.Appointment appointment : appointments) {
			List<Role> matching = roles.getOrDefault(appointment.person(), List.of())
				.stream()
				.filter((role) -> role.bodyId().equals(appointment.body()) && role.kind() == appointment.kind())
				.toList();
			Role role = matching.stream().filter((r) -> r.until() == null).findFirst()
				.orElse(matching.isEmpty() ? null : matching.get(matching.size() - 1));
			result.put(appointment, role);
		}
		return result;
	}

	private static <P> List<String> present(List<P> parents, java.util.function.Function<P, String> idOf) {
		return parents.stream().map(idOf).filter(java.util.Objects::nonNull).distinct().toList();
	}

	@MutationMapping
	Meeting createMeeting(@Argument MeetingInputs.CreateMeetingInput input) {
		return this.editing.create(input);
	}

	@MutationMapping
	Meeting updateMeeting(@Argument String id, @Argument Long version, @Argument MeetingInputs.UpdateMeetingInput input) {
		return this.editing.update(id, version, input);
	}

	@MutationMapping
	String deleteMeeting(@Argument String id, @Argument Long version) {
		return this.editing.delete(id, version);
	}

	@MutationMapping
	Contribution createContribution(@Argument MeetingInputs.CreateContributionInput input) {
		return this.editing.createContribution(input);
	}

	@MutationMapping
	Contribution updateContribution(@Argument String id, @Argument Long version,
			@Argument MeetingInputs.UpdateContributionInput input) {
		return this.editing.updateContribution(id, version, input);
	}

	@MutationMapping
	String deleteContribution(@Argument String id, @Argument Long version) {
		return this.editing.deleteContribution(id, version);
	}

	@QueryMapping
	Meeting meeting(@Argument String id) {
		return this.meetings.get(id);
	}

	@QueryMapping
	List<Meeting> meetings(@Argument Boolean upcoming, @Argument String body, @Argument OffsetDateTime asOf,
			@Argument Integer first) {
		return this.meetings.list(upcoming, body, asOf, first);
	}

	@QueryMapping
	Contribution contribution(@Argument String id) {
		return this.meetings.contribution(id);
	}

	@BatchMapping(typeName = "Meeting", field = "body")
	Map<Meeting, Body> meetingBody(List<Meeting> meetings) {
		return Batches.singles(meetings, Meeting::bodyId,
				this.bodies.byIds(Batches.ids(meetings, Meeting::bodyId)));
	}

	@BatchMapping
	Map<Meeting, List<Contribution>> contributions(List<Meeting> meetings) {
		return Batches.lists(meetings, Meeting::id, this.meetings.contributionsOf(Batches.ids(meetings, Meeting::id)));
	}

	@BatchMapping
	Map<Meeting, List<Contribution>> lateContributions(List<Meeting> meetings) {
		Map<String, List<Contribution>> all = this.meetings.contributionsOf(Batches.ids(meetings, Meeting::id));
		all.replaceAll((id, contributions) -> contributions.stream().filter(Contribution::late).toList());
		return Batches.lists(meetings, Meeting::id, all);
	}

	@BatchMapping
	Map<Meeting, Meeting> previous(List<Meeting> meetings) {
		return Batches.singles(meetings, Meeting::id, this.meetings.previous(Batches.ids(meetings, Meeting::id)));
	}

	@BatchMapping
	Map<Meeting, Meeting> next(List<Meeting> meetings) {
		return Batches.singles(meetings, Meeting::id, this.meetings.next(Batches.ids(meetings, Meeting::id)));
	}

	@BatchMapping
	Map<Meeting, ReportPeriod> reportPeriod(List<Meeting> meetings) {
		Map<String, ReportPeriod> periods = this.meetings.reportPeriods(meetings);
		Map<Meeting, ReportPeriod> result = new LinkedHashMap<>();
		meetings.forEach((meeting) -> result.put(meeting, periods.get(meeting.id())));
		return result;
	}

	@BatchMapping(typeName = "Contribution", field = "source")
	Map<Contribution, Body> contributionSource(List<Contribution> contributions) {
		return Batches.singles(contributions, Contribution::fromId, this.bodies.byIds(contributions.stream()
			.map(Contribution::fromId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()));
	}

	@BatchMapping(typeName = "Contribution", field = "meeting")
	Map<Contribution, Meeting> contributionMeeting(List<Contribution> contributions) {
		return Batches.singles(contributions, Contribution::meetingId,
				this.meetings.byIds(Batches.ids(contributions, Contribution::meetingId)));
	}

}
