package io.mvgraph.dataset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip: the CSV export and the roadmap spreadsheet, edited, come back through {@code POST /api/import}
 * with exactly the edited fields changed; a broken file changes nothing and names every problem.
 */
class TableImportTests extends ApiTestSupport {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeEach
	void timeline() {
		resetGraph();
		importDataset("fixtures/timeline.json");
	}

	@Test
	void shouldImportAnEditedCsvExportWithExactlyTheEditedFieldsChanged() {
		String csv = http().get().uri("/api/export?format=csv").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		// the export escaped this designation against formula injection; it must come back as it was
		assertThat(csv).contains("'=HYPERLINK");
		String edited = csv.replace("Avatar representation and animation format for metaverse services",
				"Avatar representation and expression format").replace(",2027-Q1,", ",2027-Q2,");
		Map<String, Object> before = workItems();

		Map<?, ?> dryRun = importTable(edited, "text/csv", true, 200);
		assertThat(report(dryRun).get("outcome")).isEqualTo("VALID");
		Map<String, Map<String, Object>> rows = rowsById(dryRun);
		assertThat(rows).hasSize(11);
		assertThat(rows.get("h-avatar")).containsEntry("action", "UPDATED").containsEntry("fields", List.of("title"));
		assertThat(rows.get("sg21-haptics")).containsEntry("action", "UPDATED").containsEntry("fields", List.of("targetDate"));
		assertThat(rows.values().stream().filter((row) -> row.get("action").equals("UNCHANGED"))).hasSize(9);
		assertThat(workItems()).isEqualTo(before);

		Map<?, ?> imported = importTable(edited, "text/csv", false, 200);
		assertThat(report(imported).get("outcome")).isEqualTo("IMPORTED");
		Map<String, Object> after = workItems();
		Map<String, Object> expected = new HashMap<>(before);
		expected.put("h-avatar", with(before.get("h-avatar"), "title", "Avatar representation and expression format"));
		expected.put("sg21-haptics", with(before.get("sg21-haptics"), "targetDate", "2027-Q2"));
		assertThat(after).isEqualTo(expected);
		// in the history as an import by the editor
		as("editor").document("{ history(id: \"h-avatar\") { by origin fields { field } } }")
			.execute()
			.path("history[0].by").entity(String.class).isEqualTo("editor")
			.path("history[0].origin").entity(String.class).isEqualTo("import");
		// idempotent: the same file again changes nothing
		assertThat(rowsById(importTable(edited, "text/csv", false, 200)).values())
			.allSatisfy((row) -> assertThat(row.get("action")).isEqualTo("UNCHANGED"));
	}

	@Test
	void shouldImportAnEditedRoadmapSpreadsheetWithItsDatesReadBackAsTheyWere() throws Exception {
		byte[] xlsx = http().get().uri("/reports/roadmap?format=xlsx").exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		Map<String, Object> before = workItems();
		// unedited, every row (dates of every precision, years, statuses, topics) comes back unchanged
		assertThat(rowsById(importTable(xlsx, XLSX, true, 200)).values())
			.hasSize(11)
			.allSatisfy((row) -> assertThat(row.get("action")).isEqualTo("UNCHANGED"));

		byte[] edited;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheet("Work items");
			for (Row row : sheet) {
				String id = row.getCell(0).getStringCellValue();
				if (id.equals("iso-avatar")) {
					// a new cell: POI keeps the streamed workbook's inline text beside a value set on the old one
					row.removeCell(row.getCell(3));
					row.createCell(3).setCellValue("withdrawn");
				}
				if (id.equals("h-avatar")) {
					// an editor types a later day into the quarter cell: its format shows, and the import reads, Q3
					row.getCell(10).setCellValue(java.time.LocalDate.of(2026, 8, 15));
				}
				if (id.equals("khronos-gltf")) {
					row.getCell(11, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(2017);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			edited = out.toByteArray();
		}
		Map<String, Map<String, Object>> rows = rowsById(importTable(edited, XLSX, false, 200));
		assertThat(rows.get("iso-avatar")).containsEntry("fields", List.of("status"));
		assertThat(rows.get("h-avatar")).containsEntry("fields", List.of("targetDate"));
		assertThat(rows.get("khronos-gltf")).containsEntry("fields", List.of("year"));
		Map<String, Object> expected = new HashMap<>(before);
		expected.put("iso-avatar", with(before.get("iso-avatar"), "status", "WITHDRAWN"));
		expected.put("h-avatar", with(before.get("h-avatar"), "targetDate", "2026-Q3"));
		expected.put("khronos-gltf", with(before.get("khronos-gltf"), "year", 2017));
		assertThat(workItems()).isEqualTo(expected);
	}

	@Test
	void shouldRefuseABrokenFileNamingEveryProblemAndChangeNothing() {
		Map<String, Object> before = workItems();
		String csv = """
				id,title,status,owner,colour,targetDate
				h-avatar,Avatars,SHIPPED,q1-21,red,2026-Q2
				,No id,PROPOSED,q1-21,,
				q1-21-haptics,Haptics,PROPOSED,atlantis,,2026-Q5
				new-item,,PROPOSED,q1-21,,
				""";
		Map<?, ?> refused = importTable(csv, "text/csv", false, 400);
		assertThat(report(refused).get("outcome")).isEqualTo("REJECTED");
		List<String> problems = ((List<?>) refused.get("errors")).stream()
			.map((error) -> (String) ((Map<?, ?>) error).get("message"))
			.toList();
		assertThat(problems).anySatisfy((p) -> assertThat(p).contains("row 1, colour").contains("unknown column"))
			.anySatisfy((p) -> assertThat(p).contains("row 2, status"))
			.anySatisfy((p) -> assertThat(p).contains("row 3, id").contains("required"))
			.anySatisfy((p) -> assertThat(p).contains("row 4, targetDate").contains("Q5"))
			.anySatisfy((p) -> assertThat(p).contains("row 5, title"));
		Map<String, Map<String, Object>> rows = rowsById(refused);
		assertThat(rows.get("h-avatar")).containsEntry("action", "REFUSED");
		assertThat(rows.get("new-item")).containsEntry("action", "REFUSED");
		assertThat(workItems()).isEqualTo(before);
		// an unknown owner is found against the graph, and named by row too
		Map<?, ?> unknownOwner = importTable("id,owner\nh-avatar,atlantis\n", "text/csv", true, 400);
		assertThat(unknownOwner.toString()).contains("row 2, owner").contains("atlantis");
		// a multipart upload is still refused: no browser session yet
		http("editor").post().uri("/api/import").contentType(MediaType.MULTIPART_FORM_DATA).bodyValue("x")
			.exchange().expectStatus().isEqualTo(415);
	}

	// ---------------------------------------------------------------------------------------------------------

	private Map<?, ?> importTable(Object body, String type, boolean dryRun, int status) {
		return http("editor").post()
			.uri("/api/import" + (dryRun ? "?dryRun=true" : ""))
			.contentType(MediaType.parseMediaType(type))
			.bodyValue(body instanceof String text ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8) : body)
			.exchange()
			.expectBody(Map.class)
			.value((answer) -> {
				if (status == 200) {
					assertThat(answer).doesNotContainKey("errors");
				}
				else {
					assertThat(answer).containsKey("errors");
				}
			})
			.returnResult()
			.getResponseBody();
	}

	private static Map<?, ?> report(Map<?, ?> answer) {
		return (Map<?, ?>) answer.get("report");
	}

	private static Map<String, Map<String, Object>> rowsById(Map<?, ?> answer) {
		Map<String, Map<String, Object>> rows = new HashMap<>();
		for (Object row : (List<?>) report(answer).get("rows")) {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) row;
			rows.put(map.get("id") != null ? (String) map.get("id") : "row " + map.get("row"), map);
		}
		return rows;
	}

	/** The work items of the JSON export by id. */
	private Map<String, Object> workItems() {
		Map<?, ?> dataset = JSON.readValue(exportJson("analyst"), Map.class);
		Map<String, Object> byId = new HashMap<>();
		for (Object item : (List<?>) dataset.get("workItems")) {
			byId.put((String) ((Map<?, ?>) item).get("id"), item);
		}
		return byId;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> with(Object record, String field, Object value) {
		Map<String, Object> copy = new HashMap<>((Map<String, Object>) record);
		copy.put(field, value);
		return copy;
	}

}
