package io.mvgraph.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The data-set format's people, meetings, contributions and liaison lifecycle fields: checks and round trip. */
class DatasetCoordinationTests extends ApiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldExportEveryNewFieldAndImportItBackTheSame() throws Exception {
		String export = exportJson();
		Map<String, Object> exported = JSON.readValue(export, Map.class);
		assertThat((List<?>) exported.get("people")).hasSize(4);
		assertThat((List<?>) exported.get("meetings")).hasSize(3);
		assertThat((List<?>) exported.get("contributions")).hasSize(4);
		assertThat(export).contains("\"start\" : \"2025-10-09T11:15:00+02:00\"")
			.contains("\"start\" : \"2026-01-20T09:00:00-05:00\"")
			.contains("\"stateHistory\"")
			.contains("\"identifiers\"")
			.contains("\"cc\"");
		// the very same file again changes nothing
		Map<?, ?> again = importJson(export.getBytes(StandardCharsets.UTF_8));
		Map<String, Map<String, Integer>> sections = (Map) ((Map) again.get("report")).get("sections");
		for (String section : List.of("liaisons", "people", "meetings", "contributions")) {
			assertThat(sections.get(section)).as(section).containsEntry("created", 0).containsEntry("updated", 0);
		}
		// and into an empty graph, it gives the same export
		resetGraph();
		importJson(export.getBytes(StandardCharsets.UTF_8));
		assertThat(exportJson()).isEqualTo(export);
	}

	@Test
	void shouldAcceptAnActionLiaisonWithoutDeadlineWithAWarning() {
		Map<?, ?> response = importJson("""
				{ "liaisons": [ { "id": "ls-no-deadline", "title": "Asks, but not by when", "from": "sg21", "to": ["sc29"],
				                  "purpose": "ACTION" },
				                { "id": "ls-comment", "title": "Comments wanted", "from": "sg21", "to": ["sc29"],
				                  "purpose": "COMMENT", "deadline": "2026-01-01" } ] }""".getBytes(StandardCharsets.UTF_8));
		Map<String, Object> report = (Map) response.get("report");
		assertThat(report.get("outcome")).isEqualTo("IMPORTED");
		assertThat((List<Map<String, String>>) report.get("warnings")).singleElement()
			.satisfies((warning) -> {
				assertThat(warning.get("path")).isEqualTo("$.liaisons[0].deadline");
				assertThat(warning.get("message")).contains("required for a liaison asking for action");
			});
	}

	@Test
	void shouldReportTheWarningsThroughGraphQlToo() {
		as("editor").document("mutation($d: JSON!) { importDataset(dataset: $d) { outcome warnings { path message } } }")
			.variable("d", Map.of("liaisons", List.of(Map.of("id", "ls-x", "title", "X", "from", "sg21", "to",
					List.of("sc29"), "purpose", "COMMENT"))))
			.execute()
			.path("importDataset.outcome").entity(String.class).isEqualTo("IMPORTED")
			.path("importDataset.warnings[*].path").entityList(String.class).containsExactly("$.liaisons[0].deadline");
	}

	@Test
	void shouldRejectBadPeopleMeetingsContributionsAndLiaisonFieldsWithTheirPaths() {
		String before = exportJson();
		List<String> paths = rejectedPaths("""
				{ "people": [ { "id": "p", "name": "P", "country": "Korea", "email": "not-an-address", "phone": "1",
				                "roles": [ { "body": "mars", "kind": "CHAIR" },
				                           { "body": "sg21", "kind": "EDITOR", "since": "2025-02-01", "until": "2025-01-01" },
				                           { "body": "sg21", "kind": "KING" } ] } ],
				  "meetings": [ { "id": "m", "title": "M", "body": "jca", "start": "2025-10-09T11:15:00",
				                  "end": "2025-10-09T13:15:00+02:00", "mode": "ONLINE",
				                  "agenda": [ { "number": "1", "title": "A" }, { "number": "1", "title": "B" } ],
				                  "deadlines": [ { "kind": "contributions", "due": "2025-09-30" } ] },
				                { "id": "m2", "title": "M2", "body": "jca", "start": "2025-10-09T13:15:00+02:00",
				                  "end": "2025-10-09T11:15:00+02:00", "mode": "VIRTUAL" } ],
				  "contributions": [ { "id": "c", "meeting": "jca-1", "number": "C-001", "title": "Same number",
				                       "submittedOn": "2025-09-01", "agendaItem": "99" },
				                     { "id": "c2", "meeting": "nowhere", "number": "C-1", "title": "T" } ],
				  "liaisons": [ { "id": "l", "title": "L", "from": "sg21", "to": ["sc29"], "cc": ["sc29", "pluto"],
				                  "purpose": "INFORMATION", "state": "SENT", "sentOn": "2025-05-01", "deadline": "2025-04-01",
				                  "stateHistory": [ { "state": "SENT", "on": "2025-05-01" }, { "state": "CLOSED", "on": "2025-04-01" } ],
				                  "topics": ["nothing"], "identifiers": [ { "body": "sc29" } ] } ] }""");
		assertThat(paths).containsExactlyInAnyOrder(
				"$.people[0].country", "$.people[0].email", "$.people[0].phone", "$.people[0].roles[0].body",
				"$.people[0].roles[1].until", "$.people[0].roles[2].kind",
				"$.meetings[0].start", "$.meetings[0].mode", "$.meetings[0].agenda[1].number",
				"$.meetings[0].deadlines[0].kind", "$.meetings[1].end",
				"$.contributions[0].number", "$.contributions[0].agendaItem", "$.contributions[1].meeting",
				"$.contributions[1].submittedOn",
				"$.liaisons[0].cc[0]", "$.liaisons[0].cc[1]", "$.liaisons[0].deadline", "$.liaisons[0].state",
				"$.liaisons[0].stateHistory[1].on", "$.liaisons[0].topics[0]", "$.liaisons[0].identifiers[0].value");
		assertThat(exportJson()).isEqualTo(before);
	}

	@Test
	void shouldRejectAnAgendaThatDropsAnItemAContributionIsFor() {
		List<String> paths = rejectedPaths("""
				{ "meetings": [ { "id": "jca-1", "title": "JCA-MV meeting 1", "body": "jca",
				                  "start": "2025-10-09T11:15:00+02:00", "end": "2025-10-09T13:15:00+02:00", "mode": "HYBRID",
				                  "agenda": [ { "number": "1", "title": "Opening" } ] } ] }""");
		assertThat(paths).containsExactly("$.meetings[0].agenda", "$.meetings[0].agenda");
	}

	private List<String> rejectedPaths(String file) {
		Map<?, ?> response = http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<String> paths = new ArrayList<>();
		((List<Map<String, Object>>) response.get("errors"))
			.forEach((error) -> paths.add((String) ((Map) error.get("extensions")).get("path")));
		return paths;
	}

	private String exportJson() {
		return http("analyst").get().uri("/api/export?format=json").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

}
