package io.mvgraph.analysis;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report to TSAG for a meeting: the period since the previous meeting, on the reference data. */
class MeetingReportApiTests extends ApiTestSupport {

	private static final String FIRST_MEETING = "itu-t-jca-mv-2025-10-09";

	@BeforeAll
	void referenceData() {
		loadReferenceData();
	}

	@Test
	void shouldReportOnTheMonthsBeforeABodysFirstMeeting() {
		String markdown = anonymous()
			.document("query($id: ID!) { meeting(id: $id) { tsagReport { since until coordinationGapCount markdown } } }")
			.variable("id", FIRST_MEETING)
			.execute()
			.path("meeting.tsagReport.since").entity(String.class).isEqualTo("2025-06-09")
			.path("meeting.tsagReport.until").entity(String.class).isEqualTo("2025-10-09")
			.path("meeting.tsagReport.coordinationGapCount").entity(Integer.class).satisfies((count) -> assertThat(count).isPositive())
			.path("meeting.tsagReport.markdown").entity(String.class).get();
		String rest = http().get()
			.uri("/reports/tsag?meeting=" + FIRST_MEETING + "&format=md")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(rest).isEqualTo(markdown);
	}

	@Test
	void shouldReportOnThePeriodSinceThePreviousMeeting() {
		importJson("""
				{ "meetings": [ { "id": "jca-mv-second", "title": "Second JCA-MV meeting", "body": "itu-t-jca-mv",
				    "start": "2026-02-10T09:30:00+01:00", "end": "2026-02-10T12:30:00+01:00", "mode": "VIRTUAL" } ] }
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		anonymous().document("{ meeting(id: \"jca-mv-second\") { tsagReport { since until } } }")
			.execute()
			.path("meeting.tsagReport.since").entity(String.class).isEqualTo("2025-10-09")
			.path("meeting.tsagReport.until").entity(String.class).isEqualTo("2026-02-10");
	}

	@Test
	void shouldRefuseAnUnknownMeetingOrAMeetingWithDates() {
		http().get().uri("/reports/tsag?meeting=no-such-meeting").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND");
		http().get().uri("/reports/tsag?meeting=" + FIRST_MEETING + "&since=2025-01-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("meeting");
	}

}
