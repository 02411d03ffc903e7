package io.mvgraph.meeting;

import java.util.List;

import io.mvgraph.api.Warmup;

import org.springframework.stereotype.Component;

/** Compiles the plans of the meeting list and of its neighbours and contributions. */
@Component
class MeetingWarmup implements Warmup {

	private final MeetingService meetings;

	MeetingWarmup(MeetingService meetings) {
		this.meetings = meetings;
	}

	@Override
	public void run() {
		List<Meeting> upcoming = this.meetings.list(true, null, null, 20);
		this.meetings.reportPeriods(upcoming);
		this.meetings.contributionsOf(upcoming.stream().map(Meeting::id).toList());
	}

}
