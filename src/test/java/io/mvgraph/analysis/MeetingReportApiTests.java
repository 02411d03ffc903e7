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
	void shouldReportOnAFirstMeetingFromTheBodysStartAsOfTheMeetingsDay() {
		String markdown = anonymous()
			.document("query($id: ID!) { meeting(id: $id) { tsagReport { since until markdown "
					+ "newWorkItems { startDate } publishedWorkItems { publishedDate } overdueLiaisons { id } } } }")
			.variable("id", FIRST_MEETING)
			.execute()
			.path("meeting.tsagReport.since").entity(String.class).isEqualTo("2025-05-01")
			.path("meeting.tsagReport.until").entity(String.class).isEqualTo("2025-10-09")
			.path("meeting.tsagReport.newWorkItems[*].startDate").entityList(String.class)
			.satisfies((dates) -> assertThat(dates).allSatisfy((date) -> assertThat(
					io.mvgraph.api.PartialDate.parse(date).startsOnOrBefore(java.time.LocalDate.of(2025, 10, 9))).isTrue()))
			.path("meeting.tsagReport.publishedWorkItems[*].publishedDate").entityList(String.class)
			.satisfies((dates) -> assertThat(dates).isNotEmpty().allSatisfy((date) -> assertThat(
					io.mvgraph.api.PartialDate.parse(date).endsOnOrBefore(java.time.LocalDate.of(2025, 10, 9))).isTrue()))
			.path("meeting.tsagReport.overdueLiaisons").entityList(Object.class).hasSize(0)
			.path("meeting.tsagReport.markdown").entity(String.class).get();
		assertThat(markdown).contains("Executive summary of the first meeting", "Shin-Gak Kang", "Geneva",
				"Participation: not recorded");
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
		// the first meeting now has a next one
		anonymous().document("{ meeting(id: \"" + FIRST_MEETING + "\") { tsagReport { markdown } } }")
			.execute()
			.path("meeting.tsagReport.markdown").entity(String.class)
			.satisfies((md) -> assertThat(md).contains("10 February 2026: Second JCA-MV meeting"));
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
