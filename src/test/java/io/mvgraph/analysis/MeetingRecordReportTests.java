package io.mvgraph.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report to TSAG for the first JCA-MV meeting once its records are in (reference data): sections 1 (participation),
 * 2 (summaries, decisions, liaisons by agenda item, action items), 6 (representatives appointed), 7 (the next meeting
 * and its deadlines) and the annex (contributions and outputs), in Markdown and in the docx read back with POI.
 */
class MeetingRecordReportTests extends ApiTestSupport {

	private static final String FIRST_MEETING = "itu-t-jca-mv-2025-10-09";

	@BeforeAll
	void referenceDataWithTheFirstMeetingRecorded() {
		loadReferenceData();
		importJson("""
				{ "liaisons": [
				    { "id": "ls-sg21-jca-mv-2025-09", "title": "LS on SG21 metaverse work items", "kind": "STATEMENT",
				      "from": "itu-t-sg21", "to": ["itu-t-jca-mv"], "purpose": "INFORMATION", "sentOn": "2025-09-15" },
				    { "id": "ls-jca-mv-msf-2025-10", "title": "LS to MSF on the metaverse glossaries", "kind": "STATEMENT",
				      "from": "itu-t-jca-mv", "to": ["msf"], "purpose": "INFORMATION", "sentOn": "2025-10-09" } ],
				  "meetings": [ { "id": "itu-t-jca-mv-2026-02", "title": "Second meeting of the JCA-MV", "body": "itu-t-jca-mv",
				    "start": "2026-02-10T09:30:00+01:00", "end": "2026-02-10T12:30:00+01:00", "mode": "VIRTUAL",
				    "deadlines": [ { "kind": "CONTRIBUTIONS", "due": "2026-01-30" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8));
		int version = anonymous().document("{ meeting(id: \"" + FIRST_MEETING + "\") { version } }").execute()
			.path("meeting.version").entity(Integer.class).get();
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("participants", List.of(Map.of("person", "shin-gak-kang", "organisation", "ETRI"),
				Map.of("person", "muath-alrumayh", "represents", "itu-t-sg21")));
		input.put("participantCounts", List.of(Map.of("organisation", "Huawei", "count", 4),
				Map.of("organisation", "ETRI", "count", 2)));
		input.put("outputs", List.of(Map.of("number", "JCA-MV-R1", "title", "Report of the first meeting", "kind", "REPORT"),
				Map.of("number", "JCA-MV-LS1", "title", "LS to MSF on the metaverse glossaries", "kind", "LIAISON_STATEMENT",
						"liaison", "ls-jca-mv-msf-2025-10")));
		input.put("agendaItems", List.of(
				Map.of("number", "6", "summary", "The meeting reviewed the statement of SG21 on its metaverse work items.",
						"decisions", List.of("To note the statement."),
						"liaisons", List.of(Map.of("liaison", "ls-sg21-jca-mv-2025-09", "outcome", "CONSIDERED"))),
				Map.of("number", "11", "summary", "A statement to MSF on the two metaverse glossaries was drafted.",
						"decisions", List.of("To approve the statement to MSF.", "To copy it to SG21."),
						"liaisons", List.of(Map.of("liaison", "ls-jca-mv-msf-2025-10", "outcome", "APPROVED")))));
		input.put("actionItems", List.of(Map.of("description", "Collect the study groups' metaverse contact points",
				"holder", "TSB", "due", "2025-12-15")));
		input.put("appointments", List.of(Map.of("person", "shin-gak-kang", "body", "msf", "kind",
				"LIAISON_REPRESENTATIVE", "agendaItem", "10")));
		as("editor").document("""
				mutation($version: Int!, $input: RecordMeetingResultsInput!) {
				  recordMeetingResults(id: "itu-t-jca-mv-2025-10-09", version: $version, input: $input) { version } }""")
			.variable("version", version)
			.variable("input", input)
			.execute()
			.path("recordMeetingResults.version").entity(Integer.class).isEqualTo(version + 1);
	}

	@Test
	void shouldFillTheMeetingSectionsFromTheRecords() {
		String md = http().get().uri("/reports/tsag?meeting=" + FIRST_MEETING + "&format=md").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(section(md, "1 The meeting")).contains("Participation: 8 participants from 3 organisations",
				"| ETRI | 3 |", "| Huawei | 4 |", "| SG21 | 1 |").doesNotContain("not recorded (neither");
		assertThat(section(md, "2 Results per agenda item"))
			.contains("The meeting reviewed the statement of SG21", "To note the statement.",
					"1) To approve the statement to MSF. 2) To copy it to SG21.",
					"| 6 | LS on SG21 metaverse work items | SG21 | 2025-09-15 | considered |",
					"| 11 | LS to MSF on the metaverse glossaries | JCA-MV | 2025-10-09 | approved |",
					"Nothing is recorded for agenda items 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15.",
					"| Collect the study groups' metaverse contact points | TSB | 2025-12-15 | open |  |")
			.doesNotContain("No summaries or decisions are recorded");
		assertThat(section(md, "6 Contacts and liaison representatives appointed"))
			.contains("Representatives appointed at the meeting:", "| Shin-Gak Kang | liaison representative | MSF |");
		assertThat(section(md, "7 Future meetings"))
			.contains("10 February 2026: Second meeting of the JCA-MV.", "Contributions due 30 January 2026.");
		assertThat(section(md, "Annex Documents of the meeting")).contains("Outputs of the meeting:",
				"| JCA-MV-LS1 | LS to MSF on the metaverse glossaries | liaison statement | LS to MSF on the metaverse glossaries |",
				"| Muath AlRumayh | SG21 |", "Contributions: none recorded.");
		String html = http().get().uri("/reports/tsag?meeting=" + FIRST_MEETING + "&format=html").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("Participation: 8 participants from 3 organisations", "Representatives appointed at the meeting:",
				"Collect the study groups&#39; metaverse contact points");
		// the same request gives the same report
		assertThat(http().get().uri("/reports/tsag?meeting=" + FIRST_MEETING + "&format=md").exchange()
			.expectBody(String.class).returnResult().getResponseBody()).isEqualTo(md);
	}

	@Test
	void shouldWriteTheRecordsIntoTheDocxSectionsAndTables() throws Exception {
		byte[] docx = http().get().uri("/reports/tsag?meeting=" + FIRST_MEETING + "&format=docx").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph paragraph : doc.getParagraphs()) {
				if ("Heading1".equals(paragraph.getStyle())) {
					headings.add(paragraph.getText());
				}
			}
			assertThat(headings).contains("1 The meeting", "2 Results per agenda item",
					"6 Contacts and liaison representatives appointed", "7 Future meetings",
					"Annex Documents of the meeting");
			assertThat(doc.getParagraphs()).anySatisfy((p) -> assertThat(p.getText())
				.startsWith("Participation: 8 participants from 3 organisations"));
			assertThat(doc.getParagraphs()).anySatisfy((p) -> assertThat(p.getText())
				.isEqualTo("10 February 2026: Second meeting of the JCA-MV. Contributions due 30 January 2026."));
			assertThat(table(doc, "Organisation", "Participants").getText()).contains("Huawei", "ETRI");
			XWPFTable results = table(doc, "Item", "Title", "Summary", "Decisions");
			assertThat(results.getNumberOfRows()).isEqualTo(3);
			assertThat(results.getRow(1).getCell(0).getText()).isEqualTo("6");
			assertThat(results.getRow(2).getCell(3).getText()).contains("To approve the statement to MSF.");
			assertThat(table(doc, "Item", "Liaison statement", "From", "Sent", "Outcome").getText())
				.contains("LS on SG21 metaverse work items", "approved");
			assertThat(table(doc, "Action", "Who", "Due", "Status", "Item").getRow(1).getCell(1).getText())
				.isEqualTo("TSB");
			assertThat(table(doc, "Name", "Role", "Towards", "Organisation", "Item").getRow(1).getCell(0).getText())
				.isEqualTo("Shin-Gak Kang");
			assertThat(table(doc, "Number", "Title", "Kind", "Liaison statement").getNumberOfRows()).isEqualTo(3);
		}
	}

	private static XWPFTable table(XWPFDocument doc, String... columns) {
		for (XWPFTable table : doc.getTables()) {
			List<String> header = new ArrayList<>();
			table.getRow(0).getTableCells().forEach((cell) -> header.add(cell.getText()));
			if (header.equals(List.of(columns))) {
				return table;
			}
		}
		throw new AssertionError("no table with the columns " + List.of(columns));
	}

	/** The text of one section of the Markdown report, from its heading to the next. */
	private static String section(String md, String heading) {
		int start = md.indexOf("## " + heading);
		assertThat(start).as("section " + heading).isNotNegative();
		int end = md.indexOf("\n## ", start + 1);
		return end < 0 ? md.substring(start) : md.substring(start, end);
	}

}
