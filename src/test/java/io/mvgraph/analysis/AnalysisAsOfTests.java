package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis as of a day (issue 12): findings, overlaps and topic gaps computed on the roadmap as it stood then,
 * with records created, started, published and changed on both sides of the day, finding statuses of that day, and
 * section 5 of the report for a period ending that day.
 */
class AnalysisAsOfTests extends MutationTestSupport {

	private static final String DAY = "2025-10-09";

	private static final String SG21_JTC1 = FindingsApiTests.SG21_JTC1;

	private static final String JTC1_W3C = FindingsApiTests.JTC1_W3C;

	private static final String SG21_W3C = FindingsApiTests.SG21_W3C;

	/** Only to date the history before the day (an import records "now"); every assertion goes through HTTP. */
	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void roadmapOnBothSidesOfTheDay() {
		resetGraph();
		importDataset("fixtures/findings.json");
		importJson("""
				{ "formatVersion": 2, "workItems": [
				    { "id": "h-avatar", "designation": "ITU-T H.AVATAR", "title": "Avatar interchange format for virtual humans",
				      "status": "UNDER_DEVELOPMENT", "owner": "q1-21", "topics": ["avatar-formats"], "startDate": "2025-03" },
				    { "id": "iso-avatar", "designation": "ISO/IEC 23090-39", "title": "Avatar interchange format for virtual humans",
				      "status": "PUBLISHED", "owner": "sc29", "topics": ["avatar-formats"], "publishedDate": "2026-01-15" },
				    { "id": "w3c-avatar", "title": "Avatar interchange format for virtual humans on the web",
				      "status": "UNDER_DEVELOPMENT", "owner": "w3c", "topics": ["avatar-formats"], "startDate": "2025-11-01" } ] }
				""".getBytes(StandardCharsets.UTF_8));
		// everything so far as if recorded in September 2025
		this.neo4j.query("MATCH (c:Change) SET c.at = datetime('2025-09-01T10:00:00Z')").run();
		// SG21 and JTC 1's finding confirmed on 1 October 2025 (before the day)
		run("mutation { confirmFinding(id: \"" + SG21_JTC1 + "\", version: 0) { status } }", "confirmFinding");
		this.neo4j.query("""
				MATCH (c:Change {entityType: 'FINDING'}) SET c.at = datetime('2025-10-01T12:00:00Z')
				WITH count(*) AS dated
				MATCH (f:Finding {status: 'CONFIRMED'}) SET f.statusChangedAt = datetime('2025-10-01T12:00:00Z')
				""").run();
		// after the day (now): reported to TSAG, a new JTC 1 item without dates, and SG21's item withdrawn
		run("mutation { markFindingReported(id: \"" + SG21_JTC1 + "\", version: 1, report: \"TSAG, January 2026\") "
				+ "{ status } }", "markFindingReported");
		importJson("""
				{ "formatVersion": 2, "workItems": [
				    { "id": "sc29-late", "title": "Avatar interchange format for virtual humans in games",
				      "status": "PROPOSED", "owner": "sc29", "topics": ["avatar-formats"] },
				    { "id": "h-avatar", "designation": "ITU-T H.AVATAR", "title": "Avatar interchange format for virtual humans",
				      "status": "WITHDRAWN", "owner": "q1-21", "topics": ["avatar-formats"], "startDate": "2025-03" } ] }
				""".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldComputeFindingsOnTheRoadmapOfTheDayWithTheirStatusOfThatDay() {
		List<Map<String, Object>> then = findings("asOf: \"" + DAY + "\"");
		// W3C's item started after the day, JTC 1's new one was created after it: only SG21 and JTC 1 then
		assertThat(then).extracting((finding) -> finding.get("id")).containsExactly(SG21_JTC1);
		Map<String, Object> finding = then.get(0);
		// confirmed before the day, reported after it: CONFIRMED on the day
		assertThat(finding).containsEntry("status", "CONFIRMED");
		assertThat((List<Map<String, Object>>) finding.get("pairs")).singleElement().satisfies((pair) -> {
			assertThat(((Map<?, ?>) pair.get("a")).get("id")).isEqualTo("h-avatar");
			assertThat(((Map<?, ?>) pair.get("b")).get("id")).isEqualTo("iso-avatar");
			// published after the day: still being developed then
			assertThat(((Map<?, ?>) pair.get("b")).get("status")).isEqualTo("UNDER_DEVELOPMENT");
		});
		assertThat(findings("asOf: \"" + DAY + "\", status: [CONFIRMED]")).hasSize(1);
		assertThat(findings("asOf: \"" + DAY + "\", status: [REPORTED]")).isEmpty();

		// today: SG21's item is withdrawn, W3C's exists, the finding was reported
		List<Map<String, Object>> now = findings("");
		assertThat(now).extracting((f) -> f.get("id")).contains(JTC1_W3C).doesNotContain(SG21_W3C);
		assertThat(now).filteredOn((f) -> f.get("id").equals(SG21_JTC1))
			.allSatisfy((f) -> assertThat(f.get("status")).isNotEqualTo("CONFIRMED"));
		// and the same question later gives the same answer
		assertThat(findings("asOf: \"" + DAY + "\"")).isEqualTo(then);
	}

	@Test
	void shouldAnswerOverlapsAndTopicGapsAsOfTheDay() {
		List<Map<String, Object>> then = overlaps("asOf: \"" + DAY + "\", minScore: 0.15, first: 100");
		assertThat(then).extracting((overlap) -> ((Map<?, ?>) overlap.get("a")).get("id") + "|"
				+ ((Map<?, ?>) overlap.get("b")).get("id"))
			.contains("h-avatar|iso-avatar")
			.noneMatch((pair) -> pair.contains("w3c-avatar") || pair.contains("sc29-late"));
		List<Map<String, Object>> now = overlaps("minScore: 0.15, first: 100");
		assertThat(now).extracting((overlap) -> ((Map<?, ?>) overlap.get("a")).get("id") + "|"
				+ ((Map<?, ?>) overlap.get("b")).get("id"))
			.noneMatch((pair) -> pair.contains("h-avatar"))
			.anyMatch((pair) -> pair.contains("w3c-avatar"));

		// avatar formats: covered by SG21 then; today by SC 29 and W3C only, nobody of ITU-T
		assertThat(gaps("asOf: \"" + DAY + "\"")).doesNotContain("avatar-formats NO_ITU_T");
		assertThat(gaps("")).contains("avatar-formats NO_ITU_T");

		String tomorrow = LocalDate.now().plusDays(1).toString();
		for (String query : List.of("{ findings(asOf: \"" + tomorrow + "\") { totalCount } }",
				"{ overlaps(asOf: \"" + tomorrow + "\") { score } }", "{ topicGaps(asOf: \"" + tomorrow + "\") { kind } }")) {
			anonymous().document(query).execute().errors().satisfy((errors) -> assertThat(errors.get(0).getExtensions())
				.containsEntry("code", "BAD_REQUEST").containsEntry("field", "asOf"));
		}
	}

	@Test
	void shouldReportTheFindingsConfirmedAsOfThePeriodsEnd() {
		Map<String, Object> report = anonymous().document("{ tsagReport(since: \"2025-05-01\", until: \"" + DAY + "\") "
				+ "{ confirmedFindings { id status statement } findingsUnderReview markdown } }")
			.execute()
			.path("tsagReport")
			.entity(Map.class)
			.get();
		List<Map<String, Object>> confirmed = (List<Map<String, Object>>) report.get("confirmedFindings");
		assertThat(confirmed).extracting((f) -> f.get("id")).containsExactly(SG21_JTC1);
		assertThat(confirmed.get(0)).containsEntry("status", "CONFIRMED");
		String markdown = (String) report.get("markdown");
		String section5 = markdown.substring(markdown.indexOf("5 Issues requiring coordination"),
				markdown.indexOf("6 Contacts"));
		assertThat(section5).contains((String) confirmed.get(0).get("statement")).doesNotContain("[Reported]");
		// W3C's findings did not exist on the day: nothing is under review
		assertThat(report.get("findingsUnderReview")).isEqualTo(0);
	}

	private Map<String, Object> run(String document, String name) {
		return cast(as("editor").document(document).execute().path(name).entity(Map.class).get());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> findings(String arguments) {
		String args = arguments.isEmpty() ? "(first: 100)" : "(first: 100, " + arguments + ")";
		return (List<Map<String, Object>>) (List<?>) anonymous()
			.document("{ findings" + args + " { edges { node { id status pairs { a { id status } b { id status } } } } } }")
			.execute()
			.path("findings.edges[*].node")
			.entityList(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> overlaps(String arguments) {
		return (List<Map<String, Object>>) (List<?>) anonymous()
			.document("{ overlaps(" + arguments + ") { a { id } b { id } } }")
			.execute()
			.path("overlaps")
			.entityList(Map.class)
			.get();
	}

	private List<String> gaps(String arguments) {
		String args = arguments.isEmpty() ? "" : "(" + arguments + ")";
		return anonymous().document("{ topicGaps" + args + " { topic { id } kind } }")
			.execute()
			.path("topicGaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((gap) -> ((Map<?, ?>) gap.get("topic")).get("id") + " " + gap.get("kind"))
			.toList();
	}

}
