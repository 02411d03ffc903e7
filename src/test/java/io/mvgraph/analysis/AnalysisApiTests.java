package io.mvgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisApiTests extends ApiTestSupport {

	private static final String OVERLAP_FIELDS = """
			a { id owner { id } } b { id owner { id } } score topicScore textScore linkScore severity
			sharedTopics { id } sharedTerms links coordinated coordination liaisons { id }
			""";

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/analysis.json");
	}

	@Test
	void shouldFindThePlantedOverlapWithItsEvidence() {
		List<Map<String, Object>> overlaps = overlaps("overlaps", "");
		Map<String, Object> planted = pair(overlaps, "h-avatar", "iso-avatar");
		assertThat(planted).as("the planted overlap in %s", overlaps).isNotNull();
		assertThat((Double) planted.get("score")).isGreaterThanOrEqualTo(0.3).isLessThanOrEqualTo(1.0);
		assertThat(planted.get("sharedTopics")).isEqualTo(List.of(Map.of("id", "avatar-formats")));
		assertThat((List<String>) planted.get("sharedTerms")).contains("avatar", "animation", "skeleton");
		assertThat(planted.get("coordinated")).isEqualTo(false);
		assertThat(planted.get("liaisons")).isEqualTo(List.of());
		// the pair is ordered by id, and the best comes first
		for (Map<String, Object> overlap : overlaps) {
			assertThat(id(overlap, "a")).isLessThan(id(overlap, "b"));
		}
		assertThat(overlaps).extracting((overlap) -> (Double) overlap.get("score"))
			.isSortedAccordingTo((x, y) -> Double.compare(y, x));
	}

	@Test
	void shouldNeverPairABodyWithABodyAboveIt() {
		List<Map<String, Object>> overlaps = overlaps("overlaps", "minScore: 0.15, first: 500");
		// Q1/21 is part of SG21, Q8/16 of SG16: same line, no overlap however alike
		assertThat(pair(overlaps, "q1-21-haptics", "sg21-haptics")).isNull();
		assertThat(pair(overlaps, "q8-16-telepresence", "sg16-telepresence")).isNull();
		// a withdrawn work item overlaps nothing
		assertThat(overlaps).noneMatch((overlap) -> id(overlap, "a").equals("jtc1-green") || id(overlap, "b").equals("jtc1-green"));
	}

	@Test
	void shouldMoveAnOverlapOutOfTheGapsOnceALiaisonIsRecorded() {
		assertThat(pair(overlaps("coordinationGaps", ""), "h-avatar", "iso-avatar")).isNotNull();
		// SG16 and SC 29 exchanged liaisons, but SG16 is a sibling of SG21: that coordinates nothing of Q1/21's
		assertThat((List<?>) pair(overlaps("overlaps", ""), "h-avatar", "iso-avatar").get("liaisons")).isEmpty();

		// a liaison from SG21 (above Q1/21) to JTC 1 (above SC 29), recorded through the import
		importJson("""
				{ "formatVersion": 1, "liaisons": [ { "id": "ls-sg21-jtc1", "title": "LS on avatar formats",
				  "from": "sg21", "to": ["jtc1"], "purpose": "INFORMATION", "sentOn": "2025-05-05" } ] }
				""".getBytes(StandardCharsets.UTF_8));

		assertThat(pair(overlaps("coordinationGaps", ""), "h-avatar", "iso-avatar")).isNull();
		Map<String, Object> overlap = pair(overlaps("overlaps", ""), "h-avatar", "iso-avatar");
		assertThat(overlap.get("coordinated")).isEqualTo(true);
		assertThat(overlap.get("coordination")).isEqualTo(List.of("LIAISON_STATEMENT"));
		assertThat(overlap.get("liaisons")).isEqualTo(List.of(Map.of("id", "ls-sg21-jtc1")));
	}

	@Test
	void shouldCountCommonTextAndWorkProgrammeDeclarationsAsCoordination() {
		List<Map<String, Object>> overlaps = overlaps("overlaps", "");
		Map<String, Object> commonText = pair(overlaps, "ieee-haptics", "sg21-haptics");
		assertThat(commonText.get("coordinated")).isEqualTo(true);
		assertThat(commonText.get("coordination")).isEqualTo(List.of("COMMON_TEXT"));
		assertThat(commonText.get("links")).isEqualTo(List.of("EQUIVALENT_TO"));
		assertThat((Double) commonText.get("score")).isEqualTo(1.0);

		Map<String, Object> declared = pair(overlaps, "ieee-privacy", "q8-16-privacy");
		assertThat(declared.get("coordinated")).isEqualTo(true);
		assertThat(declared.get("coordination")).isEqualTo(List.of("WORK_PROGRAMME"));
		assertThat(declared.get("liaisons")).isEqualTo(List.of(Map.of("id", "wpl-q8-16-privacy")));

		List<Map<String, Object>> gaps = overlaps("coordinationGaps", "");
		assertThat(pair(gaps, "ieee-haptics", "sg21-haptics")).isNull();
		assertThat(pair(gaps, "ieee-privacy", "q8-16-privacy")).isNull();
		// the ITU-T draft on haptics requirements has no common text with IEEE's: still a gap
		assertThat(pair(gaps, "ieee-haptics", "q1-21-haptics")).isNotNull();
	}

	@Test
	void shouldFilterOverlapsByTopicAndBody() {
		assertThat(overlaps("overlaps", "topic: \"avatars\"")).extracting((o) -> id(o, "a") + "|" + id(o, "b"))
			.containsExactly("h-avatar|iso-avatar");
		assertThat(overlaps("overlaps", "body: \"jtc1\"")).extracting((o) -> id(o, "a") + "|" + id(o, "b"))
			.containsExactly("h-avatar|iso-avatar");
		assertThat(overlaps("overlaps", "topic: \"haptics\", body: \"ieee\"")).isNotEmpty()
			.allMatch((o) -> id(o, "a").contains("haptics") && id(o, "b").contains("haptics"));
		assertThat(overlaps("overlaps", "first: 1")).hasSize(1);
	}

	@Test
	void shouldRejectBadArgumentsOfOverlaps() {
		assertError("{ overlaps(minScore: 1.5) { score } }", "BAD_REQUEST", "minScore");
		assertError("{ coordinationGaps(minScore: 0.01) { score } }", "BAD_REQUEST", "minScore");
		assertError("{ overlaps(topic: \"atlantis\") { score } }", "NOT_FOUND", "topic");
		assertError("{ overlaps(body: \"atlantis\") { score } }", "NOT_FOUND", "body");
		assertError("{ overlaps(first: 100000) { score } }", "BAD_REQUEST", "first");
	}

	@Test
	void shouldAnswerAnyNumberOfOverlapsWithABoundedNumberOfStatements() {
		String query = "{ overlaps(minScore: 0.15, first: %d) { " + OVERLAP_FIELDS + " } }";
		// the first question after a change builds the model (a fixed number of statements too); count warm ones
		anonymous().document(query.formatted(1)).execute().path("overlaps").hasValue();
		int one = CypherStatementCounter.count(() -> anonymous().document(query.formatted(1)).execute().path("overlaps").hasValue());
		int all = CypherStatementCounter.count(() -> anonymous().document(query.formatted(500)).execute().path("overlaps").hasValue());
		// the fingerprint of the graph, the rejected pairs (reviews) and one batch for the owners, for one pair or
		// five hundred
		assertThat(all).isLessThanOrEqualTo(3);
		assertThat(one).isLessThanOrEqualTo(all);
	}

	@Test
	void shouldListTopicGaps() {
		List<Map<String, Object>> gaps = anonymous()
			.document("{ topicGaps { topic { id } kind bodies { id } workItemCount } }")
			.execute()
			.path("topicGaps")
			.entityList(Map.class)
			.get()
			.stream()
			.map((gap) -> (Map<String, Object>) gap)
			.toList();
		assertThat(gaps).extracting((gap) -> ((Map<?, ?>) gap.get("topic")).get("id") + ":" + gap.get("kind"))
			.containsExactly("governance:UNCOVERED", "sustainability:UNCOVERED", "3d-assets:SINGLE_BODY",
					"telepresence:SINGLE_BODY", "3d-assets:NO_ITU_T");
		assertThat(gaps.get(3).get("bodies")).isEqualTo(List.of(Map.of("id", "sg16")));
		assertThat(gaps.get(3).get("workItemCount")).isEqualTo(2);
		assertThat(gaps.get(4).get("bodies")).isEqualTo(List.of(Map.of("id", "khronos")));
		anonymous().document("{ topicGaps(kinds: [UNCOVERED]) { topic { id } } }")
			.execute()
			.path("topicGaps[*].topic.id").entityList(String.class).containsExactly("governance", "sustainability");
	}

	@Test
	void shouldCountCoverageAsTheFixtureHasIt() {
		Map<String, Integer> cells = coverage("");
		assertThat(cells).containsExactlyInAnyOrderEntriesOf(Map.of("core|q1-21", 2, "core|sg21", 1, "core|sc29", 1,
				"core|ieee-wg", 1, "core|khronos", 1, "core|sg16", 1, "core|q8-16", 1, "security|q8-16", 1,
				"security|ieee-wg", 1));
		assertThat(coverage("bodyKinds: [ITU_T_SG]")).containsExactlyInAnyOrderEntriesOf(
				Map.of("core|sg21", 3, "core|sg16", 2, "security|sg16", 1));
		assertThat(coverage("rootTopic: \"core\", bodyKinds: [SDO]"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("avatars|jtc1", 1, "haptics|ieee", 1));
		anonymous().document("{ coverage { topics { id } bodies { id } } }")
			.execute()
			.path("coverage.topics[*].id").entityList(String.class).containsExactly("core", "governance", "security", "sustainability")
			.path("coverage.bodies[*].id").entityList(String.class).containsExactly("ieee-wg", "q1-21", "q8-16", "sc29", "sg16", "sg21", "khronos");
		assertError("{ coverage(rootTopic: \"atlantis\") { cells { count } } }", "NOT_FOUND", "rootTopic");
	}

	@Test
	void shouldListLiaisonsPastTheirDeadlineWithoutAReply() {
		// SG21 asked Khronos (deadline 2025-06-30): an outside body owes that answer, not the ITU-T side. The old rule
		// called it overdue; since issue 12 overdue means what the ITU-T side owes, and SG21's statement is listed as
		// awaiting a reply (for information) instead.
		anonymous().document("{ overdueLiaisons(asOf: \"2025-07-01\") { id } awaitingReply(asOf: \"2025-07-01\") { id } }")
			.execute()
			.path("overdueLiaisons").entityList(Object.class).hasSize(0)
			.path("awaitingReply[*].id").entityList(String.class).containsExactly("ls-sg21-khronos");
		// Khronos asks SG21 in turn: that one the ITU-T side owes, once its deadline has passed
		importJson("""
				{ "liaisons": [ { "id": "ls-khronos-sg21", "title": "LS on glTF profiles", "from": "khronos", "to": ["sg21"],
				                  "purpose": "ACTION", "sentOn": "2025-04-15", "deadline": "2025-06-15" } ] }
				""".getBytes(StandardCharsets.UTF_8));
		anonymous().document("{ overdueLiaisons(asOf: \"2025-07-01\") { id deadline } }")
			.execute()
			.path("overdueLiaisons[*].id").entityList(String.class).containsExactly("ls-khronos-sg21");
		anonymous().document("{ overdueLiaisons(asOf: \"2025-06-01\") { id } }")
			.execute()
			.path("overdueLiaisons").entityList(Object.class).hasSize(0);
	}

	private Map<String, Integer> coverage(String arguments) {
		String args = arguments.isEmpty() ? "" : "(" + arguments + ")";
		List<Map> cells = anonymous().document("{ coverage" + args + " { cells { topicId bodyId count } } }")
			.execute()
			.path("coverage.cells")
			.entityList(Map.class)
			.get();
		Map<String, Integer> result = new java.util.HashMap<>();
		for (Map<?, ?> cell : cells) {
			result.put(cell.get("topicId") + "|" + cell.get("bodyId"), (Integer) cell.get("count"));
		}
		return result;
	}

	private List<Map<String, Object>> overlaps(String field, String arguments) {
		String args = arguments.isEmpty() ? "" : "(" + arguments + ")";
		return anonymous().document("{ " + field + args + " { " + OVERLAP_FIELDS + " } }")
			.execute()
			.path(field)
			.entityList(Map.class)
			.get()
			.stream()
			.map((overlap) -> (Map<String, Object>) overlap)
			.toList();
	}

	private static Map<String, Object> pair(List<Map<String, Object>> overlaps, String a, String b) {
		return overlaps.stream().filter((o) -> id(o, "a").equals(a) && id(o, "b").equals(b)).findFirst().orElse(null);
	}

	private static String id(Map<String, Object> overlap, String side) {
		return (String) ((Map<?, ?>) overlap.get(side)).get("id");
	}

	private void assertError(String query, String code, String field) {
		anonymous().document(query).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("code", code).containsEntry("field", field);
		});
	}

}
