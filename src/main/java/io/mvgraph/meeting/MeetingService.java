package io.mvgraph.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Graph;
import io.mvgraph.api.GraphQlLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading meetings, their agendas, deadlines and contributions, in read transactions. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	private final MeetingRepository meetings;

	private final Graph graph;

	private final GraphQlLimits limits;

	MeetingService(MeetingRepository meetings, Graph graph, GraphQlLimits limits) {
		this.meetings = meetings;
		this.graph = graph;
		this.limits = limits;
	}

	public Meeting get(String id) {
		return this.meetings.findById(id).orElseThrow(() -> ApiException.notFound("id", "meeting", id));
	}

	public List<Meeting> list(Boolean upcoming, String body, OffsetDateTime asOf, Integer first) {
		int size = this.limits.pageSize(first, 100);
		this.graph.requireExisting("body", "Body", "body", body);
		return this.meetings.list(upcoming, body, asOf != null ? asOf : OffsetDateTime.now(), size);
	}

	public Contribution contribution(String id) {
		return this.meetings.contribution(id).orElseThrow(() -> ApiException.notFound("id", "contribution", id));
	}

	public Map<String, List<Meeting>> byIds(Collection<String> ids) {
		return this.meetings.byIds(ids);
	}

	public Map<String, List<Meeting>> previous(Collection<String> ids) {
		return this.meetings.neighbours(ids, false);
	}

	public Map<String, List<Meeting>> next(Collection<String> ids) {
		return this.meetings.neighbours(ids, true);
	}

	public Map<String, List<io.mvgraph.liaison.Liaison>> liaisons(Collection<String> ids) {
		return this.meetings.liaisons(ids);
	}

	/** Where each liaison statement was taken: the meetings' agenda items, earliest meeting first. */
	public Map<String, List<LiaisonConsideration>> considerations(Collection<String> liaisonIds) {
		Map<String, List<MeetingRepository.Consideration>> found = this.meetings.considerations(liaisonIds);
		Map<String, List<Meeting>> meetings = byIds(found.values()
			.stream()
			.flatMap(List::stream)
			.map(MeetingRepository.Consideration::meetingId)
			.distinct()
			.toList());
		Map<String, List<LiaisonConsideration>> result = new LinkedHashMap<>();
		found.forEach((liaison, list) -> result.put(liaison, list.stream().map((c) -> {
			Meeting meeting = meetings.get(c.meetingId()).get(0);
			MeetingRecord.AgendaItem item = meeting.agenda()
				.stream()
				.filter((a) -> a.number().equals(c.agendaItem()))
				.findFirst()
				.orElseThrow();
			return new LiaisonConsideration(meeting, item, c.outcome());
		}).toList()));
		return result;
	}

	public Map<String, List<Contribution>> contributionsOf(Collection<String> meetingIds) {
		return this.meetings.contributionsOf(meetingIds);
	}

	/** The period each meeting reports on: since the previous meeting of its body ended, until it starts. */
	public Map<String, ReportPeriod> reportPeriods(Collection<Meeting> meetings) {
		Map<String, List<Meeting>> previous = previous(meetings.stream().map(Meeting::id).distinct().toList());
		Map<String, ReportPeriod> periods = new LinkedHashMap<>();
		for (Meeting meeting : meetings) {
			List<Meeting> before = previous.getOrDefault(meeting.id(), List.of());
			periods.put(meeting.id(), period(meeting, before.isEmpty() ? null : before.get(0)));
		}
		return periods;
	}

	/**
	 * The period the report for this meeting covers (TSAG's executive summary after each meeting): from the day the
	 * previous meeting of the same body ended (in its local time) to the day this one starts, both included; since
	 * is null for a body's first meeting.
	 */
	public ReportPeriod reportPeriod(String meetingId) {
		Meeting meeting = get(meetingId);
		return reportPeriods(List.of(meeting)).get(meeting.id());
	}

	static ReportPeriod period(Meeting meeting, Meeting previous) {
		LocalDate until = meeting.start().toLocalDate();
		return previous == null ? new ReportPeriod(null, until, null)
				: new ReportPeriod(previous.end().toLocalDate(), until, previous.id());
	}

}
