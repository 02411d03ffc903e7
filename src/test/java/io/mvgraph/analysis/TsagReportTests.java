package io.mvgraph.analysis;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.mvgraph.support.ApiTestSupport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report to TSAG as of the end of its period: records created, published and changed on both sides of the
 * period's end; the overdue rule (what the ITU-T side owes); the docx read back; the same report twice.
 */
class TsagReportTests extends ApiTestSupport {

	/** Only to date the history of the fixture inside the period; every assertion goes through HTTP. */
	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.data.neo4j.core.Neo4jClient neo4j;

	private static final String MEETING = "jca-first";

	private static final String PERIOD = "since: \"2025-05-01\", until: \"2025-10-09\"";

	@BeforeEach
	void fixture() {
		resetGraph();
		importJson("""
				{ "formatVersion": 2,
				  "topics": [ { "id": "t", "name": "Avatars" } ],
				  "bodies": [
				    { "id": "itu-t", "name": "ITU-T", "acronym": "ITU-T", "kind": "SDO" },
				    { "id": "sg21", "name": "Study Group 21", "acronym": "SG21", "kind": "ITU_T_SG", "parent": "itu-t" },
				    { "id": "itu-t-jca-mv", "name": "JCA on metaverse", "acronym": "JCA-MV", "kind": "ITU_T_GROUP",
				      "parent": "itu-t", "activeFrom": "2025-05" },
				    { "id": "fgmv", "name": "Focus Group on metaverse", "acronym": "FG-MV", "kind": "ITU_T_GROUP",
				      "parent": "itu-t", "activeFrom": "2022-12-16", "activeUntil": "2024-06-13" },
				    { "id": "ietf", "name": "Internet Engineering Task Force", "acronym": "IETF", "kind": "SDO" } ],
				  "workItems": [
				    { "id": "w-pub", "title": "Published in the period", "status": "PUBLISHED", "owner": "sg21", "topics": ["t"],
				      "startDate": "2024-01", "publishedDate": "2025-09-01" },
				    { "id": "w-later", "title": "Published after the period", "status": "PUBLISHED", "owner": "sg21", "topics": ["t"],
				      "startDate": "2025-06", "publishedDate": "2026-01-15" },
				    { "id": "w-future", "title": "Started after the period", "status": "UNDER_DEVELOPMENT", "owner": "sg21", "topics": ["t"],
				      "startDate": "2026-02" },
				    { "id": "w-year", "title": "Known by a later year", "status": "PROPOSED", "owner": "ietf", "topics": ["t"], "year": 2026 },
				    { "id": "w-new", "title": "Created in the period", "status": "UNDER_DEVELOPMENT", "owner": "ietf", "topics": ["t"] } ],
				  "liaisons": [
				    { "id": "ls-in-overdue", "title": "Request to SG21", "from": "ietf", "to": ["sg21"], "purpose": "ACTION",
				      "sentOn": "2025-06-01", "deadline": "2025-08-01" },
				    { "id": "ls-in-answered", "title": "Answered request", "from": "ietf", "to": ["sg21"], "purpose": "ACTION",
				      "sentOn": "2025-06-01", "deadline": "2025-08-01" },
				    { "id": "ls-reply", "title": "Reply of SG21", "from": "sg21", "to": ["ietf"], "purpose": "INFORMATION",
				      "sentOn": "2025-09-01", "replyTo": "ls-in-answered" },
				    { "id": "ls-in-late", "title": "Request answered late", "from": "ietf", "to": ["sg21"], "purpose": "ACTION",
				      "sentOn": "2025-06-01", "deadline": "2025-08-01" },
				    { "id": "ls-late-reply", "title": "Late reply of SG21", "from": "sg21", "to": ["ietf"],
				      "purpose": "INFORMATION", "sentOn": "2025-11-01", "replyTo": "ls-in-late" },
				    { "id": "ls-out", "title": "SG21 asks the IETF", "from": "sg21", "to": ["ietf"], "purpose": "ACTION",
				      "sentOn": "2025-07-01", "deadline": "2025-08-01" },
				    { "id": "ls-fgmv", "title": "FG-MV asks the IETF", "from": "fgmv", "to": ["ietf"], "purpose": "ACTION",
				      "sentOn": "2023-10-18", "deadline": "2023-11-20" },
				    { "id": "ls-after", "title": "Request sent after the period", "from": "ietf", "to": ["sg21"],
				      "purpose": "ACTION", "sentOn": "2025-12-01", "deadline": "2025-12-15" },
				    { "id": "ls-to-jca", "title": "IETF informs the JCA-MV", "from": "ietf", "to": ["itu-t-jca-mv"],
				      "purpose": "INFORMATION", "sentOn": "2025-09-10" } ],
				  "meetings": [
				    { "id": "jca-first", "title": "First meeting of the JCA-MV", "body": "itu-t-jca-mv",
				      "start": "2025-10-09T11:15:00+02:00", "end": "2025-10-09T13:15:00+02:00", "location": "Geneva",
				      "mode": "HYBRID", "agenda": [ { "number": "1", "title": "Opening" }, { "number": "2", "title": "Roadmap" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8));
		// the fixture as if it had been loaded during the period
		this.neo4j.query("MATCH (c:Change) SET c.at = datetime('2025-09-01T10:00:00Z')").run();
		// after the period's end (today): a new work item without dates, and w-pub withdrawn
		importJson("""
				{ "formatVersion": 2, "workItems": [
				    { "id": "w-late", "title": "Created after the period", "status": "PROPOSED", "owner": "ietf", "topics": ["t"] },
				    { "id": "w-pub", "title": "Published in the period", "status": "WITHDRAWN", "owner": "sg21", "topics": ["t"],
				      "startDate": "2024-01", "publishedDate": "2025-09-01" } ] }
				""".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void shouldShowTheRoadmapAsItStoodAtThePeriodsEnd() {
		Map<String, Object> report = report(PERIOD);
		assertThat(ids(report, "newWorkItems")).containsExactlyInAnyOrder("w-later", "w-new");
		// published after the period's end: on that day, still being developed
		assertThat(list(report, "newWorkItems")).filteredOn((item) -> item.get("id").equals("w-later"))
			.singleElement().satisfies((item) -> assertThat(item).containsEntry("status", "UNDER_DEVELOPMENT"));
		assertThat(ids(report, "publishedWorkItems")).containsExactly("w-pub");
		// its withdrawal came later: on the period's end it was published
		assertThat(list(report, "publishedWorkItems").get(0)).containsEntry("status", "PUBLISHED");
		assertThat(list(report, "changedWorkItems")).isEmpty();
		String markdown = (String) report.get("markdown");
		assertThat(markdown).contains("Published in the period", "Created in the period")
			.doesNotContain("Started after the period", "Known by a later year", "Created after the period");
		assertThat(markdown.substring(markdown.indexOf("Published:"))).doesNotContain("Published after the period");

		// the same period asked up to today: everything, the withdrawal among the changes
		Map<String, Object> today = report("since: \"2025-05-01\"");
		assertThat(ids(today, "newWorkItems")).contains("w-new", "w-late", "w-future", "w-later");
		List<Object> changed = list(today, "changedWorkItems").stream()
			.map((change) -> (Object) ((Map<?, ?>) change.get("workItem")).get("id"))
			.toList();
		assertThat(changed).containsExactly("w-pub");
	}

	@Test
	void shouldCallOverdueOnlyWhatTheItuTSideOwes() {
		Map<String, Object> report = report(PERIOD);
		assertThat(ids(report, "overdueLiaisons")).containsExactlyInAnyOrder("ls-in-overdue", "ls-in-late");
		assertThat(ids(report, "awaitingReply")).containsExactly("ls-out");
		// the late reply went out after the first period: answered by the end of the second
		Map<String, Object> later = report("since: \"2025-10-10\", until: \"2025-12-31\"");
		assertThat(ids(later, "overdueLiaisons")).containsExactlyInAnyOrder("ls-in-overdue", "ls-after");
		assertThat((String) report.get("markdown")).contains("IETF informs the JCA-MV")
			.doesNotContain("FG-MV asks the IETF", "Request sent after the period");
	}

	@Test
	void shouldReportOnAMeetingFromTheBodysStartToTheMeetingsEnd() {
		anonymous().document("{ meeting(id: \"" + MEETING + "\") { tsagReport { since until document { title "
				+ "header { name value } sections { number title } } } } }")
			.execute()
			.path("meeting.tsagReport.since").entity(String.class).isEqualTo("2025-05-01")
			.path("meeting.tsagReport.until").entity(String.class).isEqualTo("2025-10-09")
			.path("meeting.tsagReport.document.header[*].name").entityList(String.class)
			.containsExactly("Source", "Title", "Purpose", "Contact", "Keywords", "Abstract")
			.path("meeting.tsagReport.document.sections[*].number").entityList(String.class)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "Annex");
	}

	@Test
	void shouldWriteADocxWithTheHeaderSectionsAndTablesTheSameTwice() throws Exception {
		byte[] first = docx();
		byte[] second = docx();
		assertThat(entry(first, "word/document.xml")).isEqualTo(entry(second, "word/document.xml"));
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(first))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph paragraph : doc.getParagraphs()) {
				if ("Heading1".equals(paragraph.getStyle())) {
					headings.add(paragraph.getText());
				}
			}
			assertThat(headings).containsExactly("1 The meeting", "2 Results per agenda item",
					"3 Liaison statements received and sent", "4 The roadmap in the period",
					"5 Issues requiring coordination", "6 Contacts and liaison representatives appointed",
					"7 Future meetings", "Annex Documents of the meeting");
			XWPFTable header = doc.getTables().get(0);
			assertThat(header.getRow(0).getCell(0).getText()).isEqualTo("Source");
			assertThat(header.getRow(2).getCell(1).getText()).isEqualTo("Information");
			assertThat(doc.getTables()).anySatisfy((table) -> {
				assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Organisation");
				assertThat(table.getText()).contains("ITU-T");
			});
			assertThat(doc.getTables()).anySatisfy((table) -> assertThat(table.getText()).contains("Request to SG21"));
		}
	}

	@Test
	void shouldRefuseAnUnknownMeetingAndAnInvertedPeriod() {
		http().get().uri("/reports/tsag?meeting=no-such-meeting&format=docx").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND");
		http().get().uri("/reports/tsag?since=2025-10-09&until=2025-05-01&format=docx").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.field").isEqualTo("until");
	}

	@Test
	void shouldWriteANoteToOneStudyGroupWithWhatConcernsItsWork() throws Exception {
		anonymous().document("{ studyGroupNote(body: \"sg21\", " + PERIOD + ") { liaisonsToAnswer { id } "
				+ "awaitingReply { id } newWorkItems { id } publishedWorkItems { id } document { header { name value } } } }")
			.execute()
			.path("studyGroupNote.liaisonsToAnswer[*].id").entityList(String.class)
			.contains("ls-in-overdue", "ls-in-late").hasSize(2)
			.path("studyGroupNote.awaitingReply[*].id").entityList(String.class).containsExactly("ls-out")
			.path("studyGroupNote.newWorkItems[*].id").entityList(String.class).containsExactly("w-later")
			.path("studyGroupNote.publishedWorkItems[*].id").entityList(String.class).containsExactly("w-pub")
			.path("studyGroupNote.document.header[3].value").entity(String.class).isEqualTo("Action");
		byte[] docx = http().get().uri("/reports/study-group?body=sg21&since=2025-05-01&until=2025-10-09&format=docx")
			.exchange()
			.expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getTables()).anySatisfy((table) -> assertThat(table.getText()).contains("Request to SG21"));
		}
		http().get().uri("/reports/study-group?body=atlantis&since=2025-05-01").exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("NOT_FOUND");
	}

	@Test
	void shouldNotNameAnEditionTheDayDidNotKnow() {
		java.time.LocalDate day = java.time.LocalDate.of(2025, 10, 9);
		assertThat(RoadmapAsOf.designation("ITU-T Y.3263 (08/2026)", day)).isEqualTo("ITU-T Y.3263");
		assertThat(RoadmapAsOf.designation("W3C Digital Credentials (WD 2026-05-14)", day))
			.isEqualTo("W3C Digital Credentials");
		assertThat(RoadmapAsOf.designation("3GPP TR 26.819 (V19.0.0, 2025-10-06)", day))
			.isEqualTo("3GPP TR 26.819 (V19.0.0, 2025-10-06)");
		assertThat(RoadmapAsOf.designation("3GPP TS 26.1 (V19.0.0, 2025-10-10)", day)).isEqualTo("3GPP TS 26.1");
		assertThat(RoadmapAsOf.designation("ITU-T H.430.1 (2025)", day)).isEqualTo("ITU-T H.430.1 (2025)");
	}

	private byte[] docx() {
		return http().get().uri("/reports/tsag?meeting=" + MEETING + "&format=docx").exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

	private static byte[] entry(byte[] zip, String name) throws Exception {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return in.readAllBytes();
				}
			}
		}
		throw new AssertionError("no " + name);
	}

	@SuppressWarnings("unchecked")
	@Test
	void shouldShowEachStatementsWorkflowStateOfThePeriodsEnd() {
		// the JCA-MV's secretariat noted the IETF's statement on 15 September, recorded after the fact
		as("editor").document("mutation { changeLiaisonState(id: \"ls-to-jca\", version: 1, state: NOTED, "
				+ "on: \"2025-09-15\") { state } }")
			.execute()
			.path("changeLiaisonState.state").entity(String.class).isEqualTo("NOTED");
		assertThat(receivedRow(PERIOD)).containsExactly("IETF informs the JCA-MV", "IETF", "JCA-MV", "2025-09-10",
				"information", "noted");
		// a period ending before it was noted: still on record, unhandled
		assertThat(receivedRow("since: \"2025-05-01\", until: \"2025-09-12\"")).endsWith("sent");
	}

	/** The first row of section 3's table of statements received by the JCA-MV. */
	@SuppressWarnings("unchecked")
	private List<String> receivedRow(String arguments) {
		List<Map<String, Object>> blocks = anonymous()
			.document("{ tsagReport(" + arguments + ") { document { sections { number blocks { text table { columns rows } } } } } }")
			.execute()
			.path("tsagReport.document.sections[2].blocks")
			.entityList(Map.class)
			.get()
			.stream()
			.map((block) -> (Map<String, Object>) block)
			.toList();
		assertThat(blocks.get(0).get("text")).isEqualTo("Received by the JCA-MV in the period:");
		Map<String, Object> table = (Map<String, Object>) blocks.get(1).get("table");
		assertThat((List<String>) table.get("columns")).last().asString().startsWith("State on ");
		return ((List<List<String>>) table.get("rows")).get(0);
	}

	private Map<String, Object> report(String arguments) {
		return anonymous().document("{ tsagReport(" + arguments + ") { markdown newWorkItems { id status } "
				+ "publishedWorkItems { id status } changedWorkItems { workItem { id } fields } "
				+ "overdueLiaisons { id } awaitingReply { id } findingsUnderReview } }")
			.execute()
			.path("tsagReport")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> report, String field) {
		return (List<Map<String, Object>>) report.get(field);
	}

	private static List<Object> ids(Map<String, Object> report, String field) {
		return list(report, field).stream().map((row) -> row.get("id")).toList();
	}

}
