package io.mvgraph.analysis;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportApiTests extends ApiTestSupport {

	/** Only to age the history of one test's data; every assertion goes through HTTP. */
	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.data.neo4j.core.Neo4jClient neo4j;

	@Test
	void shouldWriteTheSameTsagReportInGraphQlMarkdownAndHtml() {
		loadReferenceData();
		Map<String, Object> report = graphQl().document("""
				{ tsagReport(since: "2020-01-01", until: "2025-10-09") {
				    since until markdown
				    document { title sections { number title blocks { text table { columns rows } } } }
				    overdueLiaisons { id title } awaitingReply { id title }
				    newWorkItems { id } publishedWorkItems { id title } } }""")
			.execute()
			.path("tsagReport")
			.entity(Map.class)
			.get();
		// the IETF owes no reply (RFC 4053) and the FG-MV, which asked, has closed: nothing is overdue
		assertThat(list(report.get("overdueLiaisons"))).isEmpty();
		assertThat(list(report.get("awaitingReply"))).extracting((liaison) -> liaison.get("id"))
			.doesNotContain("ls-fgmv-ietf-2023-10-18", "ls-fgmv-ietf-2024-04-17", "ls-sg17-iab-iesg-2026-01-30");
		String markdown = http().get().uri("/reports/tsag?since=2020-01-01&until=2025-10-09&format=md").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/markdown")
			.expectBody(String.class).returnResult().getResponseBody();
		String html = http().get().uri("/reports/tsag?since=2020-01-01&until=2025-10-09&format=html").exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("text/html")
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(markdown).isEqualTo(report.get("markdown"));
		for (Map<String, Object> item : list(report.get("publishedWorkItems"))) {
			assertThat(html).contains(escapeHtml((String) item.get("title")));
		}
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<table>").doesNotContain("<script");
	}

	@Test
	void shouldRejectAReportWithoutAValidPeriodOrFormat() {
		http().get().uri("/reports/tsag?format=md").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.field").isEqualTo("since");
		http().get().uri("/reports/tsag?since=2025-13-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("since");
		http().get().uri("/reports/tsag?since=2025-06-01&until=2025-01-01").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("until");
		http().get().uri("/reports/tsag?since=2025-01-01&format=pdf").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("format");
		http().get().uri("/reports/roadmap?status=FINISHED").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("status");
		http().get().uri("/reports/roadmap?topic=atlantis").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND");
	}

	@Test
	void shouldReportWorkItemsChangedInThePeriod() {
		resetGraph();
		importDataset("fixtures/analysis.json");
		// as if the fixture had been loaded a year ago
		this.neo4j.query("MATCH (c:Change) SET c.at = c.at - duration('P1Y')").run();
		importJson("""
				{ "formatVersion": 1, "workItems": [ { "id": "iso-avatar", "designation": "ISO/IEC 23090-39",
				  "title": "Coded representation of immersive media - Avatar representation format",
				  "scope": "Avatar skeleton, animation and facial expression format for interchange between platforms.",
				  "status": "UNDER_DEVELOPMENT", "owner": "sc29", "topics": ["avatar-formats"], "year": 2025 } ] }
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		anonymous().document("{ tsagReport(since: \"" + today + "\") { newWorkItems { id } changedWorkItems { workItem { id } fields by } } }")
			.execute()
			.path("tsagReport.newWorkItems").entityList(Object.class).hasSize(0)
			.path("tsagReport.changedWorkItems[0].workItem.id").entity(String.class).isEqualTo("iso-avatar")
			.path("tsagReport.changedWorkItems[0].fields").entityList(String.class).containsExactly("status")
			.path("tsagReport.changedWorkItems[0].by").entity(String.class).isEqualTo("editor");
		// a period before anything happened: only work started in it (h-avatar started 2025-02-01)
		anonymous().document("{ tsagReport(since: \"2025-01-01\", until: \"2025-03-01\") { newWorkItems { id } changedWorkItems { workItem { id } } } }")
			.execute()
			.path("tsagReport.newWorkItems[*].id").entityList(String.class).containsExactly("h-avatar")
			.path("tsagReport.changedWorkItems").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldWriteTheRoadmapAsASpreadsheetWithACoverSheetOneRowPerItemAndATimeline() throws Exception {
		resetGraph();
		importDataset("fixtures/timeline.json");
		byte[] xlsx = http().get().uri("/reports/roadmap?format=xlsx").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach((sheet) -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("About this roadmap", "Work items", "Timeline");
			org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter();

			XSSFSheet cover = workbook.getSheet("About this roadmap");
			Map<String, org.apache.poi.ss.usermodel.Cell> about = new java.util.HashMap<>();
			for (Row row : cover) {
				if (row.getCell(0) != null && row.getCell(1) != null) {
					about.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1));
				}
			}
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(about.get("As of"))).isTrue();
			assertThat(about.get("Produced from").getStringCellValue()).startsWith("the graph after change ");
			assertThat(about.get("Work items").getNumericCellValue()).isEqualTo(11.0);
			assertThat(about).containsKeys("under development", "high", "low", "Corrections", "Dates");
			// the full names of the areas, never cut at 31 characters
			assertThat(about.get("Security and privacy").getStringCellValue()).contains("2 work item(s)");

			XSSFSheet items = workbook.getSheet("Work items");
			assertThat(items.getPaneInformation().isFreezePane()).isTrue();
			assertThat(items.getCTWorksheet().isSetAutoFilter()).isTrue();
			List<String> header = new ArrayList<>();
			items.getRow(0).forEach((cell) -> header.add(cell.getStringCellValue()));
			assertThat(header).containsExactly("id", "Designation", "Title", "Status", "Owner", "Body", "Topic areas",
					"Topics", "Start", "Published", "Target", "Year", "Link", "Confidence");
			// one row per work item, even for one about two areas
			assertThat(items.getLastRowNum()).isEqualTo(11);
			Map<String, Row> byId = new java.util.HashMap<>();
			for (int r = 1; r <= items.getLastRowNum(); r++) {
				assertThat(byId.put(items.getRow(r).getCell(0).getStringCellValue(), items.getRow(r))).isNull();
			}
			assertThat(byId.get("q8-16-privacy").getCell(6).getStringCellValue())
				.isEqualTo("Core technologies; Security and privacy");
			assertThat(byId.get("q8-16-privacy").getCell(7).getStringCellValue()).isEqualTo("privacy; telepresence");
			assertThat(byId.get("q8-16-privacy").getCell(5).getStringCellValue()).isEqualTo("ITU > ITU-T > SG16 > Q8/16");
			// real dates, shown to their precision; real numbers
			org.apache.poi.ss.usermodel.Cell target = byId.get("h-avatar").getCell(10);
			assertThat(target.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(target.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
			// POI's formatter does not show a quoted literal in a date format (Excel and LibreOffice do): its format
			assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("yyyy\"-Q2\"");
			assertThat(io.mvgraph.api.SpreadsheetDates.read(target.getLocalDateTimeCellValue().toLocalDate(),
					target.getCellStyle().getDataFormatString())).hasToString("2026-Q2");
			assertThat(shown.formatCellValue(byId.get("h-avatar").getCell(8))).isEqualTo("2025-02-01");
			assertThat(shown.formatCellValue(byId.get("iso-avatar").getCell(9))).isEqualTo("2025-12");
			assertThat(shown.formatCellValue(byId.get("sg16-telepresence").getCell(9))).isEqualTo("2024");
			assertThat(byId.get("iso-avatar").getCell(11).getNumericCellValue()).isEqualTo(2025.0);
			assertThat(shown.formatCellValue(byId.get("iso-avatar").getCell(11))).isEqualTo("2025");
			// a text cell is a typed string: never a formula
			assertThat(byId.get("ieee-privacy").getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);

			XSSFSheet timeline = workbook.getSheet("Timeline");
			List<String> quarters = new ArrayList<>();
			timeline.getRow(0).forEach((cell) -> quarters.add(cell.getStringCellValue()));
			assertThat(quarters).startsWith("Topic area", "Body", "Designation", "Title", "2017-Q2").endsWith("2027-Q1");
			Row avatar = null;
			for (int r = 1; r <= timeline.getLastRowNum(); r++) {
				if ("ITU-T H.AVATAR".equals(shown.formatCellValue(timeline.getRow(r).getCell(2)))) {
					avatar = timeline.getRow(r);
				}
			}
			assertThat(avatar).isNotNull();
			assertThat(shown.formatCellValue(avatar.getCell(quarters.indexOf("2025-Q1")))).isEqualTo("S");
			assertThat(shown.formatCellValue(avatar.getCell(quarters.indexOf("2026-Q2")))).isEqualTo("T");
			assertThat(avatar.getCell(quarters.indexOf("2025-Q3"))).isNotNull();
			// 7 of the 11 work items have a date
			assertThat(timeline.getLastRowNum()).isEqualTo(7);
		}
	}

	@Test
	void shouldFilterTheRoadmapByTopicAndStatus() {
		resetGraph();
		importDataset("fixtures/analysis.json");
		String markdown = http().get().uri("/reports/roadmap?format=md&topic=haptics&status=PROPOSED,UNDER_DEVELOPMENT")
			.exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(markdown).contains("## Core technologies (3)").doesNotContain("## Security")
			.contains("ITU-T H.HAPT").contains("ITU-T F.HAPT-REQ").contains("IEEE P9999").doesNotContain("H.AVATAR");
		String html = http().get().uri("/reports/roadmap?format=html&status=WITHDRAWN").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("<h2>Sustainability (1)</h2>").contains("Green data centres for immersive services")
			.doesNotContain("Core technologies");
	}

	/**
	 * GraphQL with a client timeout of a minute: the first report on freshly imported reference
	 * data replans its queries, which can take more than the default client's five seconds on a busy machine.
	 */
	private org.springframework.graphql.test.tester.HttpGraphQlTester graphQl() {
		return anonymous().mutate()
			.webTestClient((client) -> client.responseTimeout(java.time.Duration.ofSeconds(60)))
			.build();
	}

	private static String pair(Map<?, ?> overlap) {
		return ((Map<?, ?>) overlap.get("a")).get("id") + "|" + ((Map<?, ?>) overlap.get("b")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	/** The table rows of a section of the Markdown (its lines starting with "| " after the header line). */
	private static int rows(String markdown, String section) {
		String rest = markdown.substring(markdown.indexOf(section));
		rest = rest.substring(0, rest.indexOf("\n## ", 1));
		return (int) rest.lines().filter((line) -> line.startsWith("| ") && !line.startsWith("| #")).count();
	}

	private static String escapeHtml(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
