package io.mvgraph.snapshot;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.mvgraph.meeting.MeetingService;
import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot when a meeting ends: once per meeting, only for a recent end, as the user "system". */
class MeetingEndSnapshotTests extends ApiTestSupport {

	@Autowired
	private MeetingService meetings;

	@Autowired
	private SnapshotService snapshots;

	@Test
	void shouldSnapshotAMeetingThatJustEndedOnce() {
		resetGraph();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		importJson("""
				{ "formatVersion": 2,
				  "bodies": [ { "id": "jca", "name": "JCA-MV", "kind": "ITU_T_GROUP" } ],
				  "meetings": [
				    { "id": "just-ended", "title": "Second meeting", "body": "jca", "start": "%s", "end": "%s", "mode": "VIRTUAL" },
				    { "id": "long-ago", "title": "First meeting", "body": "jca", "start": "%s", "end": "%s", "mode": "VIRTUAL" },
				    { "id": "next", "title": "Third meeting", "body": "jca", "start": "%s", "end": "%s", "mode": "VIRTUAL" } ] }
				""".formatted(now.minusHours(3), now.minusHours(1), now.minusDays(30).minusHours(2), now.minusDays(30),
				now.plusDays(30), now.plusDays(30).plusHours(2)).getBytes(StandardCharsets.UTF_8));
		MeetingEndSnapshots check = new MeetingEndSnapshots(this.meetings, this.snapshots, Duration.ofDays(1));
		List<Snapshot> taken = check.takeDue(now);
		assertThat(taken).extracting(Snapshot::label).containsExactly("End of meeting just-ended");
		assertThat(taken.get(0).takenBy()).isEqualTo("system");
		// the next check finds it taken
		assertThat(check.takeDue(now.plusMinutes(10))).isEmpty();
		as("editor").document("{ snapshots { label } }").execute()
			.path("snapshots[*].label").entityList(String.class).contains("End of meeting just-ended");
	}

}
