package io.mvgraph.analysis;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /reports/roadmap?published=FROM..UNTIL&due=...} (or {@code publishedFrom/publishedUntil}): the same
 * periods as {@code workItems(filter: {published, due})}, in md, html and xlsx; bad dates and reversed periods are
 * BAD_REQUEST naming the parameter.
 */
class RoadmapPeriodFilterTests extends ApiTestSupport {

	@BeforeEach
	void timeline() {
		resetGraph();
		importDataset("fixtures/timeline.json");
	}

	private String get(String query) {
		return http().get().uri("/reports/roadmap?" + query).exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private List<String> graphQl(String filter) {
		return anonymous().document("{ workItems(first: 100, orderBy: ID, filter: " + filter + ") { edges { node { designation } } } }")
			.execute()
			.path("workItems.edges[*].node.designation")
			.entityList(String.class)
			.get();
	}

	@Test
	void shouldKeepTheItemsPublishedInThePeriodAsTheGraphQlFilterDoes() {
		// 2024..2025-12: H.TP (2024) and ISO/IEC 23090-39 (2025-12), not glTF (2017)
		assertThat(graphQl("{ published: { from: \"2024-01-01\", until: \"2025-12-31\" } }"))
			.containsExactlyInAnyOrder("ISO/IEC 23090-39", "ITU-T H.TP");
		String markdown = get("format=md&published=2024-01..2025-12");
		assertThat(markdown).contains("ISO/IEC 23090-39").contains("ITU-T H.TP").doesNotContain("glTF 2.0")
			.doesNotContain("H.AVATAR").contains("published 2024-01-01..2025-12-31");
		// the same period as two parameters, and in html
		String html = get("format=html&publishedFrom=2024&publishedUntil=2025-12-31");
		assertThat(html).contains("ISO/IEC 23090-39").contains("ITU-T H.TP").doesNotContain("glTF 2.0");
		// an open start
		assertThat(get("format=md&published=..2020")).contains("glTF 2.0").doesNotContain("H.TP");
	}

	@Test
	void shouldKeepTheItemsDueInThePeriodInTheSpreadsheet() throws Exception {
		// due in May 2026: H.AVATAR (2026-Q2) and F.HAPT-REQ (2026); H.HAPT is due 2027-Q1
		assertThat(graphQl("{ due: { from: \"2026-05-01\", until: \"2026-05-31\" } }"))
			.containsExactlyInAnyOrder("ITU-T H.AVATAR", "ITU-T F.HAPT-REQ");
		byte[] xlsx = http().get().uri("/reports/roadmap?format=xlsx&dueFrom=2026-05&dueUntil=2026-05").exchange()
			.expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet items = workbook.getSheet("Work items");
			int designation = -1;
			Row header = items.getRow(0);
			for (int i = 0; i < header.getLastCellNum(); i++) {
				if (header.getCell(i).getStringCellValue().equalsIgnoreCase("designation")) {
					designation = i;
				}
			}
			assertThat(designation).isNotNegative();
			List<String> designations = new ArrayList<>();
			for (int r = 1; r <= items.getLastRowNum(); r++) {
				designations.add(items.getRow(r).getCell(designation).getStringCellValue());
			}
			assertThat(designations).containsExactlyInAnyOrder("ITU-T H.AVATAR", "ITU-T F.HAPT-REQ");
		}
		// both periods combine with AND, and with the status filter
		assertThat(get("format=md&due=2026..&published=2024..")).doesNotContain("H.AVATAR").doesNotContain("H.TP");
	}

	@Test
	void shouldRefuseBadDatesAndAPeriodThatEndsBeforeItStarts() {
		badRequest("published=2025-13..2026", "publishedFrom");
		badRequest("publishedUntil=someday", "publishedUntil");
		badRequest("published=2026-06-01..2026-01", "publishedUntil");
		badRequest("dueFrom=2027&dueUntil=2026-Q4", "dueUntil");
		badRequest("due=2026", "due");
		badRequest("published=2024..2025&publishedFrom=2024", "published");
	}

	private void badRequest(String query, String field) {
		for (String format : List.of("md", "xlsx")) {
			http().get().uri("/reports/roadmap?format=" + format + "&" + query).exchange()
				.expectStatus().isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
				.jsonPath("$.errors[0].extensions.field").isEqualTo(field);
		}
	}

}
