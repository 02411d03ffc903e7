package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mvgraph.history.RoadmapChangeFeed;
import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The findings' lifecycle over HTTP: listing, filters, every move, refused moves, roles, history, automatic moves. */
class FindingsApiTests extends MutationTestSupport {

	static final String SG21_JTC1 = "jtc1--sg21--avatar-formats";

	static final String SG21_W3C = "sg21--w3c--avatar-formats";

	static final String JTC1_W3C = "jtc1--w3c--avatar-formats";

	private static final String FIELDS = "id status version note reportedAtMeeting reportedInLiaison report resolvedBy "
			+ "resolvedByLiaisons statusChangedAt statusChangedBy";

	private static final String CONFIRM = "mutation($id: ID!, $version: Int!, $note: String) { confirmFinding(id: $id, "
			+ "version: $version, note: $note) { " + FIELDS + " } }";

	private static final String DISMISS = "mutation($id: ID!, $version: Int!, $note: String!) { dismissFinding(id: $id, "
			+ "version: $version, note: $note) { " + FIELDS + " } }";

	private static final String REOPEN = "mutation($id: ID!, $version: Int!, $note: String) { reopenFinding(id: $id, "
			+ "version: $version, note: $note) { " + FIELDS + " } }";

	private static final String REPORTED = "mutation($id: ID!, $version: Int!, $meeting: ID, $liaison: ID, "
			+ "$report: String, $note: String) { markFindingReported(id: $id, version: $version, meeting: $meeting, "
			+ "liaison: $liaison, report: $report, note: $note) { " + FIELDS + " } }";

	private static final String RESOLVE = "mutation($id: ID!, $version: Int!, $note: String) { resolveFinding(id: $id, "
			+ "version: $version, note: $note) { " + FIELDS + " } }";

	@LocalServerPort
	private int port;

	/** Only to wait until the server has registered the subscription; every assertion is on what the client got. */
	@Autowired
	private RoadmapChangeFeed feed;

	@BeforeEach
	void graph() {
		resetGraph();
		importDataset("fixtures/findings.json");
	}

	@Test
	void shouldListAndFilterFindings() {
		assertThat(ids("{ findings { edges { node { id } } } }")).containsExactlyInAnyOrder(SG21_JTC1, SG21_W3C, JTC1_W3C);
		anonymous().document("{ findings(first: 1) { totalCount edges { node { id status version scope units { id } "
				+ "pairs { a { id } b { id } } statement } } pageInfo { hasNextPage } } }")
			.execute()
			.path("findings.totalCount").entity(Integer.class).isEqualTo(3)
			.path("findings.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
			.path("findings.edges[0].node.status").entity(String.class).isEqualTo("OPEN")
			// every computed finding was written down by the import, OPEN at version 0
			.path("findings.edges[0].node.version").entity(Integer.class).isEqualTo(0);
		assertThat(ids("{ findings(scope: EXTERNAL) { edges { node { id } } } }")).containsExactly(JTC1_W3C);
		assertThat(ids("{ findings(scope: ITU, unit: \"q1-21\") { edges { node { id } } } }"))
			.containsExactlyInAnyOrder(SG21_JTC1, SG21_W3C);
		assertThat(ids("{ findings(topic: \"haptics\") { edges { node { id } } } }")).isEmpty();
		assertThat(ids("{ findings(topic: \"core\", unit: \"w3c\") { edges { node { id } } } }"))
			.containsExactlyInAnyOrder(SG21_W3C, JTC1_W3C);
		assertThat(ids("{ findings(status: [CONFIRMED, DISMISSED]) { edges { node { id } } } }")).isEmpty();
		confirm(SG21_JTC1, 0, null);
		assertThat(ids("{ findings(status: [CONFIRMED]) { edges { node { id } } } }")).containsExactly(SG21_JTC1);
		assertThat(ids("{ findings(status: [OPEN]) { edges { node { id } } } }"))
			.containsExactlyInAnyOrder(SG21_W3C, JTC1_W3C);
		anonymous().document("{ findings(unit: \"nowhere\") { totalCount } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND")
				.containsEntry("field", "unit"));
	}

	@Test
	void shouldMoveThroughTheLifecycleWithHistory() {
		Map<String, Object> confirmed = confirm(SG21_JTC1, 0, "Both are avatar interchange formats");
		assertThat(confirmed).containsEntry("status", "CONFIRMED").containsEntry("version", 1)
			.containsEntry("note", "Both are avatar interchange formats").containsEntry("statusChangedBy", "editor");
		assertThat(confirmed.get("statusChangedAt")).isNotNull();
		Map<String, Object> reported = run(REPORTED, vars("id", SG21_JTC1, "version", 1, "meeting", "jca-mv-1", "report",
				"Report to TSAG, October 2025"), "markFindingReported");
		assertThat(reported).containsEntry("status", "REPORTED").containsEntry("version", 2)
			.containsEntry("reportedAtMeeting", "jca-mv-1").containsEntry("report", "Report to TSAG, October 2025");
		Map<String, Object> reopened = run(REOPEN, vars("id", SG21_JTC1, "version", 2, "note", "SC 29 did not answer"),
				"reopenFinding");
		assertThat(reopened).containsEntry("status", "OPEN").containsEntry("version", 3);
		assertThat(reopened.get("reportedAtMeeting")).isNull();
		confirm(SG21_JTC1, 3, null);
		run(REPORTED, vars("id", SG21_JTC1, "version", 4, "report", "Report to TSAG, January 2026"), "markFindingReported");
		Map<String, Object> resolved = run(RESOLVE, vars("id", SG21_JTC1, "version", 5, "note", "Aligned by SC 29"),
				"resolveFinding");
		assertThat(resolved).containsEntry("status", "RESOLVED").containsEntry("version", 6)
			.containsEntry("report", "Report to TSAG, January 2026").containsEntry("note", "Aligned by SC 29");

		Map<String, Object> dismissed = run(DISMISS, vars("id", SG21_W3C, "version", 0, "note", "Different audiences"),
				"dismissFinding");
		assertThat(dismissed).containsEntry("status", "DISMISSED").containsEntry("version", 1);
		assertThat(run(REOPEN, vars("id", SG21_W3C, "version", 1), "reopenFinding")).containsEntry("status", "OPEN");
		confirm(SG21_W3C, 2, null);
		assertThat(run(DISMISS, vars("id", SG21_W3C, "version", 3, "note", "Out of scope after all"), "dismissFinding"))
			.containsEntry("status", "DISMISSED");

		// every move in the history, newest first, with who and the note
		List<Map<String, Object>> history = history(SG21_JTC1);
		assertThat(history).hasSize(6);
		assertThat(history).allSatisfy((change) -> {
			assertThat(change).containsEntry("by", "editor").containsEntry("origin", "api")
				.containsEntry("action", "UPDATED");
		});
		assertThat(fields(history.get(0))).containsEntry("status", List.of("\"REPORTED\"", "\"RESOLVED\""))
			.containsEntry("note", Arrays.asList(null, "\"Aligned by SC 29\""));
		assertThat(fields(history.get(5))).containsEntry("status", List.of("\"OPEN\"", "\"CONFIRMED\""));
		assertThat(historyActions(SG21_W3C)).hasSize(4);
		anonymous().document("{ recentChanges(entityTypes: [FINDING]) { entityId } }").execute()
			.path("recentChanges").entityList(Object.class).hasSize(10);
	}

	@Test
	void shouldRefuseBadMovesAndChangeNothing() {
		assertRefused(as("editor"), CONFIRM, vars("id", "nowhere--none--x", "version", 0), "NOT_FOUND", "id");
		assertRefused(as("editor"), CONFIRM, vars("id", SG21_JTC1, "version", 3), "CONFLICT", "version");
		assertRefused(as("editor"), RESOLVE, vars("id", SG21_JTC1, "version", 0), "BAD_REQUEST", "id");
		assertRefused(as("editor"), REOPEN, vars("id", SG21_JTC1, "version", 0), "BAD_REQUEST", "id");
		assertRefused(as("editor"), REPORTED, vars("id", SG21_JTC1, "version", 0, "meeting", "jca-mv-1"), "BAD_REQUEST",
				"id");
		assertRefused(as("editor"), DISMISS, vars("id", SG21_JTC1, "version", 0, "note", " "), "BAD_REQUEST", "note");
		assertRefused(as("editor"), DISMISS, vars("id", SG21_JTC1, "version", 0), "BAD_REQUEST", null);
		assertRefused(anonymous(), CONFIRM, vars("id", SG21_JTC1, "version", 0), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), CONFIRM, vars("id", SG21_JTC1, "version", 0), "FORBIDDEN", null);
		assertRefused(as("analyst"), DISMISS, vars("id", SG21_JTC1, "version", 0, "note", "no"), "FORBIDDEN", null);

		confirm(SG21_JTC1, 0, null);
		assertRefused(as("editor"), CONFIRM, vars("id", SG21_JTC1, "version", 1), "BAD_REQUEST", "id");
		assertRefused(as("editor"), RESOLVE, vars("id", SG21_JTC1, "version", 1), "BAD_REQUEST", "id");
		assertRefused(as("editor"), REPORTED, vars("id", SG21_JTC1, "version", 1, "meeting", "no-such-meeting"),
				"NOT_FOUND", "meeting");
		assertRefused(as("editor"), REPORTED, vars("id", SG21_JTC1, "version", 1, "liaison", "no-such-liaison"),
				"NOT_FOUND", "liaison");
		assertRefused(as("editor"), REPORTED, vars("id", SG21_JTC1, "version", 1), "BAD_REQUEST", "meeting");
		assertRefused(as("editor"), REPORTED, vars("id", SG21_JTC1, "version", 0, "meeting", "jca-mv-1"), "CONFLICT",
				"version");
		run(REPORTED, vars("id", SG21_JTC1, "version", 1, "meeting", "jca-mv-1"), "markFindingReported");
		run(RESOLVE, vars("id", SG21_JTC1, "version", 2), "resolveFinding");
		// RESOLVED moves no further
		for (String move : List.of(CONFIRM, REOPEN, RESOLVE)) {
			assertRefused(as("editor"), move, vars("id", SG21_JTC1, "version", 3), "BAD_REQUEST", "id");
		}
		assertRefused(as("editor"), DISMISS, vars("id", SG21_JTC1, "version", 3, "note", "no"), "BAD_REQUEST", "id");
		assertRefused(anonymous(), REOPEN, vars("id", SG21_JTC1, "version", 3), "UNAUTHORIZED", null);
	}

	@Test
	void shouldResolveByItselfWhenALiaisonBetweenTheUnitsIsRecorded() {
		confirm(SG21_JTC1, 0, null);
		as("editor").document("mutation($input: RecordLiaisonInput!) { recordLiaison(input: $input) { id } }")
			.variable("input", map("id", "ls-sg21-sc29", "title", "LS on avatar interchange formats", "from", "sg21",
					"to", List.of("sc29"), "purpose", "INFORMATION", "sentOn",
					LocalDate.now(ZoneOffset.UTC).minusDays(3).toString()))
			.execute()
			.path("recordLiaison.id").entity(String.class).isEqualTo("ls-sg21-sc29");
		Map<String, Object> finding = finding(SG21_JTC1);
		assertThat(finding).containsEntry("status", "RESOLVED").containsEntry("version", 2)
			.containsEntry("resolvedByLiaisons", List.of("ls-sg21-sc29")).containsEntry("statusChangedBy", "editor");
		assertThat((String) finding.get("resolvedBy")).contains("ls-sg21-sc29");
		Map<String, Object> change = history(SG21_JTC1).get(0);
		assertThat(change).containsEntry("by", "editor").containsEntry("origin", "api");
		assertThat(fields(change)).containsEntry("status", List.of("\"CONFIRMED\"", "\"RESOLVED\""));
		// still listed, as last computed, under RESOLVED; the others stay open
		assertThat(ids("{ findings(status: [RESOLVED]) { edges { node { id } } } }")).containsExactly(SG21_JTC1);
		assertThat(ids("{ findings(status: [OPEN]) { edges { node { id } } } }"))
			.containsExactlyInAnyOrder(SG21_W3C, JTC1_W3C);

		// an import that brings a liaison between JTC 1 and W3C resolves theirs, recorded as the import's
		byte[] liaison = """
				{ "formatVersion": 2, "liaisons": [ { "id": "ls-jtc1-w3c", "title": "LS on avatars", "from": "jtc1",
				  "to": ["w3c"], "purpose": "INFORMATION", "sentOn": "%s" } ] }"""
			.formatted(LocalDate.now(ZoneOffset.UTC).minusDays(1)).getBytes(StandardCharsets.UTF_8);
		importJson(liaison);
		assertThat(finding(JTC1_W3C)).containsEntry("status", "RESOLVED").containsEntry("version", 1);
		assertThat(history(JTC1_W3C).get(0)).containsEntry("origin", "import").containsEntry("by", "editor");
	}

	@Test
	void shouldDismissByItselfWhenAllPairsAreRejectedAndReopenWhenANewPairJoins() {
		as("editor").document("mutation { reviewOverlap(a: \"h-avatar\", b: \"w3c-avatar\", verdict: REJECTED, "
				+ "note: \"web only\") { id } }").execute().path("reviewOverlap.id").hasValue();
		Map<String, Object> finding = finding(SG21_W3C);
		assertThat(finding).containsEntry("status", "DISMISSED").containsEntry("version", 1)
			.containsEntry("statusChangedBy", "editor");
		assertThat(history(SG21_W3C).get(0)).containsEntry("origin", "api");
		assertThat(ids("{ findings(status: [DISMISSED]) { edges { node { id pairs { a { id } } } } } }"))
			.containsExactly(SG21_W3C);
		// nothing of it is uncoordinated any more: it cannot be reopened by hand
		assertRefused(as("editor"), REOPEN, vars("id", SG21_W3C, "version", 1), "BAD_REQUEST", "id");
		// pair reviews keep working on the overlap itself
		anonymous().document("{ overlapReview(a: \"w3c-avatar\", b: \"h-avatar\") { verdict } }").execute()
			.path("overlapReview.verdict").entity(String.class).isEqualTo("REJECTED");

		// a new W3C item joins: the finding is back, OPEN, by itself
		as("editor").document("mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }")
			.variable("input", map("id", "w3c-avatar-2", "title", "Avatar interchange format for virtual humans in browsers",
					"scope", "Interchange format of avatars and virtual humans between web platforms and browsers",
					"status", "PROPOSED", "owner", "w3c", "topics", List.of("avatar-formats")))
			.execute()
			.path("createWorkItem.id").entity(String.class).isEqualTo("w3c-avatar-2");
		assertThat(finding(SG21_W3C)).containsEntry("status", "OPEN").containsEntry("version", 2);
		assertThat((String) history(SG21_W3C).get(0).toString()).contains("w3c-avatar-2");
	}

	/** Every move, by an editor or by itself, goes out in roadmapChanged with the user and origin of its write. */
	@Test
	@SuppressWarnings("unchecked")
	void shouldAnnounceEveryMoveInRoadmapChanged() throws Exception {
		BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		int before = this.feed.subscriberCount();
		Disposable subscription = client
			.document("subscription { roadmapChanged(entityTypes: [FINDING]) { by origin changes { entityType entityId "
					+ "fields { field before after } } } }")
			.executeSubscription()
			.subscribe((response) -> received.add(response.field("roadmapChanged").toEntity(Map.class)));
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.feed.subscriberCount() > before);
			run(DISMISS, vars("id", SG21_W3C, "version", 0, "note", "Different audiences"), "dismissFinding");
			Map<String, Object> dismissed = received.poll(30, TimeUnit.SECONDS);
			assertThat(dismissed).containsEntry("by", "editor").containsEntry("origin", "api");
			assertThat((List<Map<String, Object>>) dismissed.get("changes")).singleElement()
				.satisfies((change) -> assertThat(change).containsEntry("entityType", "FINDING")
					.containsEntry("entityId", SG21_W3C));

			as("editor").document("mutation($input: RecordLiaisonInput!) { recordLiaison(input: $input) { id } }")
				.variable("input", map("id", "ls-sg21-sc29", "title", "LS on avatar interchange formats", "from", "sg21",
						"to", List.of("sc29"), "purpose", "INFORMATION", "sentOn",
						LocalDate.now(ZoneOffset.UTC).minusDays(3).toString()))
				.execute()
				.path("recordLiaison.id").hasValue();
			Map<String, Object> resolved = received.poll(30, TimeUnit.SECONDS);
			assertThat(resolved).containsEntry("by", "editor").containsEntry("origin", "api");
			assertThat((List<Map<String, Object>>) resolved.get("changes")).singleElement()
				.satisfies((change) -> assertThat(change).containsEntry("entityId", SG21_JTC1));
			assertThat(received.poll(1, TimeUnit.SECONDS)).as("nothing else").isNull();
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(30));
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	private Map<String, Object> confirm(String id, int version, String note) {
		return run(CONFIRM, vars("id", id, "version", version, "note", note), "confirmFinding");
	}

	private Map<String, Object> run(String document, Map<String, Object> variables, String name) {
		var request = as("editor").document(document);
		variables.forEach(request::variable);
		return cast(request.execute().path(name).entity(Map.class).get());
	}

	private Map<String, Object> finding(String id) {
		return cast(anonymous().document("query($id: ID!) { finding(id: $id) { " + FIELDS + " } }")
			.variable("id", id)
			.execute()
			.path("finding")
			.entity(Map.class)
			.get());
	}

	private List<String> ids(String document) {
		return anonymous().document(document).execute().path("findings.edges[*].node.id").entityList(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history(String id) {
		return (List<Map<String, Object>>) (List<?>) anonymous()
			.document("query($id: ID!) { history(id: $id) { by origin action fields { field before after } } }")
			.variable("id", id)
			.execute()
			.path("history")
			.entityList(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

	/** field -> [before, after] */
	@SuppressWarnings("unchecked")
	private static Map<String, List<String>> fields(Map<String, Object> change) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Map<String, Object> field : (List<Map<String, Object>>) change.get("fields")) {
			fields.put((String) field.get("field"),
					Arrays.asList((String) field.get("before"), (String) field.get("after")));
		}
		return fields;
	}

}
