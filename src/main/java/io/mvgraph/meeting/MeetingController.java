package io.mvgraph.meeting;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.Batches;
import io.mvgraph.body.Body;
import io.mvgraph.body.BodyService;

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

	MeetingController(MeetingService meetings, BodyService bodies, MeetingEditing editing) {
		this.meetings = meetings;
		this.bodies = bodies;
		this.editing = editing;
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
