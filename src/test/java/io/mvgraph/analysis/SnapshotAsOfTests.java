package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roadmap as of a day read from the latest snapshot taken before the day ended (issue 12, RoadmapAsOf): a work
 * item deleted after the day comes back, one changed after it (through the service or straight in Neo4j) shows its
 * values of the day, a change recorded between the snapshot and the day's end counts, one added later does not; the
 * same report asked before and after those changes is the same, and so is the analysis as of the day. Without a
 * snapshot, a deletion through the service is undone from the history.
 */
class SnapshotAsOfTests extends ApiTestSupport {

	private static final String DAY = "2025-10-09";

	private static final String PERIOD = "since: \"2025-05-01\", until: \"" + DAY + "\"";

	/** Only to date the history and the snapshot (they record "now") and to change a record outside the service. */
	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void roadmapOfThePeriod() {
		resetGraph();
		importJson("""
				{ "formatVersion": 2,
				  "topics": [ { "id": "t", "name": "Avatars" }, { "id": "t2", "name": "Virtual humans" } ],
				  "bodies": [
				    { "id": "itu-t", "name": "ITU-T", "acronym": "ITU-T", "kind": "SDO" },
				    { "id": "sg21", "name": "Study Group 21", "acronym": "SG21", "kind": "ITU_T_SG", "parent": "itu-t" },
				    { "id": "itu-t-jca-mv", "name": "JCA on metaverse", "acronym": "JCA-MV", "kind": "ITU_T_GROUP",
				      "parent": "itu-t", "activeFrom": "2025-05" },
				    { "id": "ietf", "name": "Internet Engineering Task Force", "acronym": "IETF", "kind": "SDO" } ],
				  "workItems": [
				    { "id": "w-gone", "title": "Avatar interchange format for virtual humans", "status": "UNDER_DEVELOPMENT",
				      "owner": "sg21", "topics": ["t", "t2"], "startDate": "2025-06" },
				    { "id": "w-neo", "title": "Avatar interchange format for virtual humans on the web",
				      "status": "UNDER_DEVELOPMENT", "owner": "ietf", "topics": ["t"], "startDate": "2025-08" },
				    { "id": "w-status", "title": "Haptic signalling", "status": "UNDER_DEVELOPMENT", "owner": "sg21",
				      "topics": ["t"], "startDate": "2025-07" },
				    { "id": "w-window", "title": "Spatial anchors", "status": "PROPOSED", "owner": "ietf", "topics": ["t"],
				      "startDate": "2025-07" } ] }
				""".getBytes(StandardCharsets.UTF_8));
		// the fixture as if loaded during the period
		this.neo4j.query("MATCH (c:Change) SET c.at = datetime('2025-09-01T10:00:00Z')").run();
	}

	@Test
	void shouldReadTheDayFromTheLatestSnapshotBeforeItEnded() {
		// the snapshot taken when the meeting of the day ended
		String snapshot = as("editor").document("mutation { takeSnapshot(label: \"End of meeting jca-first\") { id } }")
			.execute()
			.path("takeSnapshot.id")
			.entity(String.class)
			.get();
		this.neo4j.query("MATCH (s:Snapshot {id: $id}) SET s.takenAt = datetime('2025-10-09T11:30:00Z')")
			.bind(snapshot)
			.to("id")
			.run();
		// a change through the service between the snapshot and the day's end: it counts
		as("editor").document("mutation { updateWorkItem(id: \"w-window\", version: 1, input: { status: UNDER_DEVELOPMENT }) "
				+ "{ id } }").execute().path("updateWorkItem.id").entity(String.class).isEqualTo("w-window");
		this.neo4j.query("""
				MATCH (c:Change {entityId: 'w-window', action: 'UPDATED'}) SET c.at = datetime('2025-10-09T14:00:00Z')
				""").run();
		// and one created through the service in that window, without dates: it was there at the day's end
		importJson("""
				{ "formatVersion": 2, "workItems": [
				    { "id": "w-created", "title": "Created after the meeting", "status": "PROPOSED", "owner": "sg21",
				      "topics": ["t"] } ] }
				""".getBytes(StandardCharsets.UTF_8));
		this.neo4j.query("MATCH (c:Change {entityId: 'w-created'}) SET c.at = datetime('2025-10-09T15:00:00Z')").run();

		Map<String, Object> before = report(PERIOD);
		assertThat(statuses(before)).containsEntry("w-gone", "UNDER_DEVELOPMENT")
			.containsEntry("w-status", "UNDER_DEVELOPMENT")
			.containsEntry("w-window", "UNDER_DEVELOPMENT")
			.containsEntry("w-created", "PROPOSED")
			.containsKey("w-neo")
			.hasSize(5);
		List<String> overlapsBefore = overlaps();
		List<String> gapsBefore = gaps("asOf: \"" + DAY + "\"");
		Map<String, Object> findingsBefore = findings();
		assertThat(overlapsBefore).contains("w-gone|w-neo");
		assertThat(gapsBefore).doesNotContain("t2 UNCOVERED");

		// after the day: one deleted and one withdrawn through the service, one retitled straight in Neo4j, one added
		// with a start in the period
		as("editor").document("mutation { deleteWorkItem(id: \"w-gone\", version: 1) }").execute()
			.path("deleteWorkItem").entity(String.class).isEqualTo("w-gone");
		as("editor").document("mutation { updateWorkItem(id: \"w-status\", version: 1, input: { status: WITHDRAWN }) "
				+ "{ id } }").execute().path("updateWorkItem.id").entity(String.class).isEqualTo("w-status");
		this.neo4j.query("MATCH (w:WorkItem {id: 'w-neo'}) SET w.title = 'Renamed outside the service'").run();
		importJson("""
				{ "formatVersion": 2, "workItems": [
				    { "id": "w-backfilled", "title": "Added after the period", "status": "UNDER_DEVELOPMENT",
				      "owner": "ietf", "topics": ["t"], "startDate": "2025-07" } ] }
				""".getBytes(StandardCharsets.UTF_8));

		Map<String, Object> after = report(PERIOD);
		// the same report, to the character
		assertThat(after.get("markdown")).isEqualTo(before.get("markdown"));
		assertThat(after).isEqualTo(before);
		assertThat((String) after.get("markdown")).contains("Avatar interchange format for virtual humans")
			.doesNotContain("Renamed outside the service", "Added after the period");
		// and the analysis as of the day sees the same roadmap
		assertThat(overlaps()).isEqualTo(overlapsBefore);
		assertThat(gaps("asOf: \"" + DAY + "\"")).isEqualTo(gapsBefore);
		assertThat(findings()).isEqualTo(findingsBefore);
		// today's differs: the deleted item is gone, its topic uncovered
		assertThat(gaps("")).contains("t2 UNCOVERED");
		Map<String, Object> today = report("since: \"2025-05-01\"");
		assertThat(statuses(today)).doesNotContainKey("w-gone").containsEntry("w-status", "WITHDRAWN")
			.containsKey("w-backfilled");

		// without the snapshot the day is read from the history and the dates: the deletion through the service is
		// still undone, the record changed in Neo4j is today's, the one added later with a start in the period counts
		assertThat(overlapTitles()).contains("Avatar interchange format for virtual humans on the web");
		as("editor").document("mutation { deleteSnapshot(id: \"" + snapshot + "\") }").execute()
			.path("deleteSnapshot").entity(String.class).isEqualTo(snapshot);
		Map<String, Object> withoutSnapshot = report(PERIOD);
		assertThat(statuses(withoutSnapshot)).containsEntry("w-gone", "UNDER_DEVELOPMENT")
			.containsEntry("w-status", "UNDER_DEVELOPMENT")
			.containsKey("w-backfilled");
		assertThat((String) withoutSnapshot.get("markdown")).contains("Renamed outside the service");
		// the analysis of the day sees it too (the snapshot a day is read from is part of its model's fingerprint)
		assertThat(overlapTitles()).doesNotContain("Avatar interchange format for virtual humans on the web");
	}

	private List<String> overlapTitles() {
		return anonymous().document("{ overlaps(asOf: \"" + DAY + "\", minScore: 0.15, first: 100) { a { title } b { title } } }")
			.execute()
			.path("overlaps")
			.entityList(Map.class)
			.get()
			.stream()
			.flatMap((overlap) -> java.util.stream.Stream.of(((Map<?, ?>) overlap.get("a")).get("title"),
					((Map<?, ?>) overlap.get("b")).get("title")))
			.map(String::valueOf)
			.toList();
	}

	@Test
	void shouldUndoADeletionThroughTheServiceWithoutASnapshot() {
		Map<String, Object> before = report(PERIOD);
		assertThat(statuses(before)).containsEntry("w-gone", "UNDER_DEVELOPMENT");
		List<String> overlapsBefore = overlaps();
		assertThat(overlapsBefore).contains("w-gone|w-neo");

		as("editor").document("mutation { deleteWorkItem(id: \"w-gone\", version: 1) }").execute()
			.path("deleteWorkItem").entity(String.class).isEqualTo("w-gone");
		as("editor").document("mutation { updateWorkItem(id: \"w-status\", version: 1, input: { status: WITHDRAWN }) "
				+ "{ id } }").execute().path("updateWorkItem.id").entity(String.class).isEqualTo("w-status");
		// a snapshot taken now (after the day) is no base for the day
		as("editor").document("mutation { takeSnapshot(label: \"On request\") { id } }").execute()
			.path("takeSnapshot.id").hasValue();

		Map<String, Object> after = report(PERIOD);
		assertThat(after.get("markdown")).isEqualTo(before.get("markdown"));
		assertThat(after).isEqualTo(before);
		assertThat(overlaps()).isEqualTo(overlapsBefore);
	}

	@Test
	void shouldReadTheDayInABoundedNumberOfStatementsWhateverTheNumberOfRecords() {
		String snapshot = as("editor").document("mutation { takeSnapshot(label: \"Meeting\") { id } }")
			.execute()
			.path("takeSnapshot.id")
			.entity(String.class)
			.get();
		this.neo4j.query("MATCH (s:Snapshot {id: $id}) SET s.takenAt = datetime('2025-10-09T11:30:00Z')")
			.bind(snapshot)
			.to("id")
			.run();
		int cold = CypherStatementCounter.count(() -> report(PERIOD));
		int warm = CypherStatementCounter.count(() -> report(PERIOD));
		// more records after the day, added, changed and deleted through the service and in Neo4j
		StringBuilder items = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			items.append(i == 0 ? "" : ",").append("{ \"id\": \"w-more-").append(i)
				.append("\", \"title\": \"More work ").append(i)
				.append("\", \"status\": \"PROPOSED\", \"owner\": \"sg21\", \"topics\": [\"t\"], \"startDate\": \"2025-07\" }");
		}
		importJson(("{ \"formatVersion\": 2, \"workItems\": [" + items + "] }").getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < 10; i++) {
			as("editor").document("mutation { deleteWorkItem(id: \"w-more-" + i + "\", version: 1) }").execute()
				.path("deleteWorkItem").hasValue();
		}
		as("editor").document("mutation { deleteWorkItem(id: \"w-gone\", version: 1) }").execute()
			.path("deleteWorkItem").hasValue();
		this.neo4j.query("MATCH (w:WorkItem) WHERE w.id STARTS WITH 'w-more-2' SET w.status = 'WITHDRAWN'").run();
		int coldAfter = CypherStatementCounter.count(() -> report(PERIOD));
		int warmAfter = CypherStatementCounter.count(() -> report(PERIOD));
		// the same statements, plus the look-up of the owners of the day that are not today's (the deleted items')
		assertThat(warmAfter).isBetween(warm, warm + 1);
		// cold (the model of the day rebuilt) likewise: no statement per record
		assertThat(coldAfter).isLessThanOrEqualTo(cold + 1);
		assertThat(cold).isLessThanOrEqualTo(warm + 12);
		System.out.printf("Statements per report as of a day covered by a snapshot: %d cold, %d warm; after 30 more "
				+ "records, 11 deleted: %d cold, %d warm%n", cold, warm, coldAfter, warmAfter);
	}

	private Map<String, Object> report(String arguments) {
		return cast(anonymous().document("{ tsagReport(" + arguments + ") { markdown newWorkItems { id title status } "
				+ "publishedWorkItems { id status } changedWorkItems { workItem { id } fields } findingsUnderReview } }")
			.execute()
			.path("tsagReport")
			.entity(Map.class)
			.get());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> statuses(Map<String, Object> report) {
		Map<String, Object> statuses = new java.util.TreeMap<>();
		((List<Map<String, Object>>) report.get("newWorkItems"))
			.forEach((item) -> statuses.put((String) item.get("id"), item.get("status")));
		return statuses;
	}

	private List<String> overlaps() {
		return anonymous().document("{ overlaps(asOf: \"" + DAY + "\", minScore: 0.15, first: 100) { a { id title } b { id title } } }")
			.execute()
			.path("overlaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((overlap) -> java.util.stream.Stream.of(((Map<?, ?>) overlap.get("a")).get("id"),
					((Map<?, ?>) overlap.get("b")).get("id")).map(String::valueOf).sorted().reduce((x, y) -> x + "|" + y)
				.orElseThrow())
			.sorted()
			.toList();
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

	private Map<String, Object> findings() {
		return cast(anonymous().document("{ findings(first: 100, asOf: \"" + DAY + "\") { totalCount "
				+ "edges { node { id status pairs { a { id title status } b { id title status } } } } } }")
			.execute()
			.path("findings")
			.entity(Map.class)
			.get());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}
