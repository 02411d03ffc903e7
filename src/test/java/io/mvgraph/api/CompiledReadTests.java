package io.mvgraph.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Cypher statement per GraphQL read of the contract's shapes, whatever nesting the client asks for
 * (SelectionCompiler), with the same answers as the batch loaders give.
 */
class CompiledReadTests extends ApiTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.data.neo4j.core.Neo4jClient neo4j;

	private void cypher(String statement, Map<String, Object> parameters) {
		this.neo4j.query(statement).bindAll(parameters).run();
	}

	@BeforeAll
	void referenceData() {
		loadReferenceData();
	}

	static Stream<Arguments> shapes() {
		return Stream.of(
				Arguments.of("work items with owner, topics, links, liaisons", """
						{ workItems(first: 50, orderBy: ID) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
						    id designation title status owner { id name parent { id } ancestors { id } } topics { id name parent { id } }
						    links { kind direction workItem { id owner { id } } }
						    liaisons { id title from { id } to { id } cc { id } concerns { id } replies { id } replyTo { id } } } } } }"""),
				Arguments.of("one work item with its liaisons and their bodies", """
						{ workItem(id: "fgmv-34") { id title liaisons { id title from { id name } to { id name } topics { id } } } }"""),
				Arguments.of("work items of one study group", """
						{ workItems(first: 200, orderBy: ID, filter: { owner: "itu-t-sg21" }) { edges { node { id title status owner { id } } } } }"""),
				Arguments.of("a body with parent, children and work items", """
						{ body(id: "iso-iec-jtc1") { id name parent { id } children { id name workItems { id designation owner { id } } }
						    workItems(includeDescendants: true) { id } successor { id } predecessors { id } } }"""),
				Arguments.of("bodies", """
						{ bodies(first: 30) { totalCount edges { node { id parent { id } children { id } workItems { id topics { id } } } } } }"""),
				Arguments.of("liaisons with from, to, cc, concerns, replies", """
						{ liaisons(first: 20) { totalCount edges { node { id from { id name } to { id } cc { id } replyTo { id }
						    replies { id from { id } } concerns { id owner { id } } topics { id } } } } }"""),
				Arguments.of("one liaison", """
						{ liaison(id: "ls-fgmv-ietf-2023-10-13") { id from { id } to { id } concerns { id title topics { id } } } }"""),
				Arguments.of("topics with work items", """
						{ topics { id parent { id } children { id } workItems { id owner { id } } } }"""),
				Arguments.of("one topic with the work items of its sub-topics", """
						{ topic(id: "core-technologies") { id children { id } workItems(includeSubtopics: true, status: [PUBLISHED]) { id } } }"""),
				Arguments.of("overlaps with their items", """
						{ overlaps(first: 20) { score a { id title owner { id name } topics { id } } b { id owner { id } }
						    sharedTopics { id parent { id } } liaisons { id from { id } } units { id parent { id } } } }"""),
				Arguments.of("coordination gaps with their items", """
						{ coordinationGaps(first: 20) { score a { id owner { id } links { kind workItem { id } } } b { id owner { id } }
						    units { id } channels { kind } } }"""),
				Arguments.of("topic gaps", """
						{ topicGaps { kind workItemCount topic { id parent { id } workItems { id owner { id } } } bodies { id parent { id } } } }"""),
				Arguments.of("findings with their items", """
						{ findings(first: 20) { totalCount edges { node { id status units { id name } owners { id } subject { id parent { id } }
						    sharedTopics { id } pairs { score a { id title owner { id } topics { id } } b { id title owner { id } }
						    liaisons { id } units { id } } } } } }"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shapes")
	void shouldTakeOneStatement(String name, String query) {
		anonymous().document(query).execute().errors().verify();
		List<String> statements = CypherStatementCounter.statements(() -> anonymous().document(query).execute().errors().verify());
		assertThat(statements).as(name).hasSize(1);
	}

	/**
	 * Two aliases of {@code node} make every nested field ambiguous to the compiler, which then leaves them all to
	 * the batch loaders: the compiled answer and the batch loaders' answer must be the same.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("connections")
	void shouldAnswerAsTheBatchLoadersDo(String root, String selection) {
		String compiled = "{ " + root + " { edges { node { " + selection + " } } } }";
		String batched = "{ " + root + " { edges { node { " + selection + " } again: node { " + selection + " } } } }";
		Object one = anonymous().document(compiled).execute().path(rootName(root) + ".edges[*].node").entityList(Map.class).get();
		Object other = anonymous().document(batched).execute().path(rootName(root) + ".edges[*].node").entityList(Map.class).get();
		assertThat(one).isEqualTo(other);
		int batchedStatements = CypherStatementCounter.count(() -> anonymous().document(batched).execute());
		assertThat(batchedStatements).isGreaterThan(1);
	}

	static Stream<Arguments> connections() {
		return Stream.of(
				Arguments.of("workItems(first: 25, orderBy: DESIGNATION)", """
						id designation title scope status startDate publishedDate targetDate year url source confidence note version
						owner { id name acronym kind mandate active parent { id name } ancestors { id } successor { id } }
						topics { id name description parent { id name } children { id } }
						links { kind direction from { id title status } to { id designation scope } workItem { id title owner { id } } }
						liaisons { id from { id } to { id } cc { id } concerns { id } replies { id } replyTo { id } topics { id } }"""),
				Arguments.of("workItems(first: 30, orderBy: TITLE)", """
						title status links { kind workItem { id title designation publishedDate } } owner { name acronym url }"""),
				Arguments.of("bodies(first: 100)", """
						id name acronym kind url activeFrom activeUntil parent { id name kind } children { id } predecessors { id } workItems { id } all: workItems(includeDescendants: true) { id }
						published: workItems(status: [PUBLISHED], includeDescendants: true) { id topics { id } }"""),
				Arguments.of("liaisons(first: 50)", """
						id title kind purpose sentOn deadline url version from { id name } to { id } cc { id } replyTo { id } replies { id } concerns { id owner { id } } topics { id }"""));
	}

	/**
	 * The analysis roots give the same objects under the same field twice when it is aliased ({@code a} and
	 * {@code again_a}): the compiler then leaves every field below them to the batch loaders.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("analysisShapes")
	void shouldAnswerTheAnalysisAsTheBatchLoadersDo(String root, String selection) {
		String compiled = "{ " + root + " { " + selection + " } }";
		String batched = "{ " + root + " { " + selection + " " + aliased(selection) + " } }";
		String path = !root.contains("(") ? root
				: rootName(root) + (root.startsWith("findings") ? ".edges[*].node" : "");
		List<Map> one = anonymous().document(compiled).execute().path(path).entityList(Map.class).get();
		List<Map> other = anonymous().document(batched).execute().path(path).entityList(Map.class).get();
		List<Map<String, Object>> withoutAliases = other.stream()
			.map((map) -> {
				Map<String, Object> copy = new java.util.LinkedHashMap<>(map);
				copy.keySet().removeIf((key) -> key.startsWith("again_"));
				if (copy.get("pairs") instanceof List<?> pairs) {
					copy.put("pairs", pairs.stream().map((pair) -> {
						Map<String, Object> inner = new java.util.LinkedHashMap<>((Map<String, Object>) pair);
						inner.keySet().removeIf((key) -> key.startsWith("again_"));
						return inner;
					}).toList());
				}
				return copy;
			})
			.toList();
		assertThat(one).isNotEmpty();
		assertThat((Object) one).isEqualTo(withoutAliases);
		int batchedStatements = CypherStatementCounter.count(() -> anonymous().document(batched).execute());
		assertThat(batchedStatements).isGreaterThan(1);
	}

	/** Each object field of the selection ({@code a { ... }}) once more as {@code again_a: a { ... }}. */
	private static String aliased(String selection) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		int start = -1;
		for (int i = 0; i < selection.length(); i++) {
			char c = selection.charAt(i);
			if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				if (depth == 0 && start >= 0) {
					String field = selection.substring(start, i + 1).trim();
					out.append(" again_").append(field, 0, field.indexOf(' ')).append(": ").append(field);
					start = -1;
				}
			}
			else if (depth == 0 && Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(selection.charAt(i - 1)))) {
				start = i;
			}
		}
		return out.toString();
	}

	static Stream<Arguments> analysisShapes() {
		return Stream.of(
				Arguments.of("overlaps(first: 30, includeInternal: true)", """
						score a { id title owner { id name parent { id } } topics { id parent { id } } links { kind workItem { id } } }
						b { id owner { id } liaisons { id } } sharedTopics { id parent { id } children { id } }
						liaisons { id from { id } to { id } concerns { id } } units { id parent { id } children { id } }"""),
				Arguments.of("findings(first: 30)", """
						edges { node { id status severity units { id parent { id } } owners { id name } subject { id parent { id } }
						sharedTopics { id children { id } } pairs { score a { id owner { id } topics { id } } b { id owner { id } } } } }
						again_edges: edges { node { id units { id } } }"""),
				Arguments.of("topicGaps", """
						kind workItemCount topic { id name parent { id } children { id } workItems { id owner { id } } } bodies { id parent { id } }"""),
				Arguments.of("coordinationGaps(first: 30)", """
						score a { id owner { id } topics { id } } b { id owner { id name } } units { id parent { id } } liaisons { id }"""));
	}

	private static String rootName(String root) {
		return root.substring(0, root.indexOf('('));
	}

	@Test
	void shouldTakeOneStatementForOneFinding() {
		String id = anonymous().document("{ findings(first: 1) { edges { node { id } } } }").execute()
			.path("findings.edges[0].node.id").entity(String.class).get();
		String query = "{ finding(id: \"" + id + "\") { id status units { id } subject { id } pairs { a { id owner { id } } b { id owner { id } } } } }";
		anonymous().document(query).execute().errors().verify();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute().errors().verify())).hasSize(1);
		String batched = "{ finding(id: \"" + id + "\") { id status units { id } subject { id } pairs { a { id owner { id } } b { id owner { id } } }"
				+ " again: pairs { a { id owner { id } } b { id owner { id } } } } }";
		Object one = anonymous().document(query).execute().path("finding").entity(Map.class).get();
		Map<String, Object> other = new java.util.LinkedHashMap<>(anonymous().document(batched).execute().path("finding").entity(Map.class).get());
		other.remove("again");
		assertThat(one).isEqualTo(other);
	}

	/** The one statement of a warm analysis request reads the fingerprint, the verdicts and the nodes it shows. */
	@Test
	void shouldPinTheCypherOfTheOverlaps() {
		String query = "{ overlaps(first: 5) { score a { id owner { id } } b { id } } }";
		anonymous().document(query).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute()))
			.singleElement().asString()
			.contains("CALL () {\n// A cheap fingerprint of the roadmap's state")
			.contains("""
					RETURN counts, lastChange, COLLECT { MATCH (r:OverlapReview {verdict: 'REJECTED'}) RETURN [r.a, r.b] } AS rejected,
					  COLLECT { UNWIND $s0 AS id MATCH (s0:WorkItem {id: id}) RETURN {node: s0,\
					 f1: COLLECT { MATCH (s0)-[:OWNED_BY]->(n1:Body) WITH n1 ORDER BY n1.id RETURN {node: n1} }} } AS s0""")
			// b selects nothing that compiles: its nodes are the model's
			.doesNotContain("AS s1");
	}

	/**
	 * A verdict written where this instance cannot hear of it (another instance, or straight into Neo4j: no event, no
	 * recorded change) is seen by the next request: its statement reads the rejected pairs, and the answer is planned
	 * again with them (two statements then, one again after it).
	 */
	@Test
	void shouldSeeAReviewWrittenStraightIntoTheGraph() {
		String query = "{ overlaps(first: 3) { a { id } b { id } } }";
		List<Map> before = anonymous().document(query).execute().path("overlaps").entityList(Map.class).get();
		String a = (String) ((Map<?, ?>) before.get(0).get("a")).get("id");
		String b = (String) ((Map<?, ?>) before.get(0).get("b")).get("id");
		String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
		cypher("CREATE (:OverlapReview {id: $id, a: $a, b: $b, verdict: 'REJECTED'})",
				Map.of("id", pair, "a", a.compareTo(b) < 0 ? a : b, "b", a.compareTo(b) < 0 ? b : a));
		try {
			List<String> statements = CypherStatementCounter.statements(() -> {
				List<Map> after = anonymous().document(query).execute().path("overlaps").entityList(Map.class).get();
				assertThat(after).doesNotContain(before.get(0)).contains(before.get(1), before.get(2));
			});
			assertThat(statements).hasSize(2);
			assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute())).hasSize(1);
		}
		finally {
			cypher("MATCH (r:OverlapReview {id: $id}) DELETE r", Map.of("id", pair));
		}
		assertThat(anonymous().document(query).execute().path("overlaps").entityList(Map.class).get()).isEqualTo(before);
	}

	/** A finding's move written where this instance cannot hear of it is seen by the next request (one repeat). */
	@Test
	void shouldSeeAFindingNodeChangedStraightInTheGraph() {
		String query = "{ findings(first: 3) { edges { node { id status note units { id parent { id } } } } } }";
		Map<?, ?> first = anonymous().document(query).execute().path("findings.edges[0].node").entity(Map.class).get();
		String id = (String) first.get("id");
		Object note = first.get("note");
		cypher("MATCH (f:Finding {id: $id}) SET f.note = 'seen from elsewhere'", Map.of("id", id));
		try {
			List<String> statements = CypherStatementCounter.statements(() -> assertThat(anonymous().document(query)
				.execute()
				.path("findings.edges[0].node.note")
				.entity(String.class)
				.get()).isEqualTo("seen from elsewhere"));
			assertThat(statements).hasSize(2);
			assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute())).hasSize(1);
		}
		finally {
			java.util.Map<String, Object> parameters = new java.util.HashMap<>();
			parameters.put("id", id);
			parameters.put("note", note);
			cypher("MATCH (f:Finding {id: $id}) SET f.note = $note", parameters);
		}
	}

	@Test
	void shouldCountOnlyWhenTotalCountIsSelected() {
		String without = "{ workItems(first: 5) { edges { node { id } } } }";
		String with = "{ workItems(first: 5) { totalCount edges { node { id } } } }";
		anonymous().document(without).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(without).execute()))
			.singleElement().asString().doesNotContain("COUNT {");
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(with).execute()))
			.singleElement().asString().contains("COUNT {");
	}

	@Test
	void shouldSayNotFoundForAnUnknownFilterBodyInTheSameStatement() {
		List<String> statements = CypherStatementCounter.statements(() -> anonymous()
			.document("{ workItems(filter: { owner: \"no-such-body\" }) { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND"))));
		assertThat(statements).hasSize(1);
	}

	@Test
	void shouldPinTheCypherOfTheWorkItemList() {
		String query = "{ workItems(first: 50, orderBy: ID) { edges { node { id owner { id name } topics { id name } links { kind workItem { id } } } } } }";
		anonymous().document(query).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute()))
			.singleElement().asString().contains("""
					RETURN ($owner IS NULL OR EXISTS { MATCH (:Body {id: $owner}) }) AS ownerExists,
					  ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicExists,
					  COLLECT {
					MATCH (w:WorkItem)""")
			.contains("""
					WITH w, w.id AS key
					WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND w.id > $afterId)
					WITH w, key ORDER BY key, w.id LIMIT $limit
					RETURN {node: w {.id, .designation, .title},\
					 f1: COLLECT { MATCH (w)-[:OWNED_BY]->(n1:Body) WITH n1 ORDER BY n1.id RETURN {node: n1 {.id, .name}} },\
					 f2: COLLECT { MATCH (w)-[r2:ABOUT]->(n2:Topic) WITH n2, r2 ORDER BY r2.position, n2.id RETURN {node: n2 {.id, .name}} },\
					 f3: COLLECT { MATCH (w)-[r3:EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO]->(n3:WorkItem)\
					 WITH n3, r3 ORDER BY r3.position, n3.id RETURN {node: n3 {.id, .designation, .title}, kind: type(r3)} },\
					 f4: COLLECT { MATCH (w)<-[r4:EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO]-(n4:WorkItem)\
					 WITH n4, r4 ORDER BY r4.position, n4.id RETURN {node: n4 {.id, .designation, .title}, kind: type(r4)} }} } AS rows""");
	}

	@Test
	void shouldPinTheCypherOfABodyWithItsChildrenAndTheirWorkItems() {
		String query = "{ body(id: \"iso-iec-jtc1\") { id name children { id name workItems { id designation } } } }";
		anonymous().document(query).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute()))
			.singleElement().asString().contains("MATCH (x:Body {id: $id}) RETURN {node: x {.id, .name},"
					+ " f1: COLLECT { MATCH (x)<-[:PART_OF]-(n1:Body) WITH n1 ORDER BY toLower(n1.name), n1.id RETURN {node: n1 {.id, .name},"
					+ " f2: COLLECT { MATCH (n1)<-[:OWNED_BY]-(n2:WorkItem) WHERE $q2_status IS NULL OR n2.status IN $q2_status"
					+ " WITH DISTINCT n2 WITH n2 ORDER BY toLower(coalesce(n2.designation, n2.title)), n2.id"
					+ " RETURN {node: n2 {.id, .designation, .title}} }} }} AS item");
	}

	@Test
	void shouldPinTheCypherOfAWorkItemWithItsLiaisonsAndTheirBodies() {
		String query = "{ workItem(id: \"fgmv-34\") { id title liaisons { id title from { id name } to { id name } } } }";
		anonymous().document(query).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(query).execute()))
			.singleElement().asString().contains("MATCH (w:WorkItem {id: $id}) RETURN {node: w {.id, .designation, .title},"
					+ " f1: COLLECT { MATCH (w)<-[:CONCERNS]-(n1:Liaison) WITH n1 ORDER BY n1.sentOn, n1.id"
					+ " RETURN {node: n1 {.id, .sentOn, .title},"
					+ " f2: COLLECT { MATCH (n1)-[:FROM]->(n2:Body) WITH n2 ORDER BY n2.id RETURN {node: n2 {.id, .name}} },"
					+ " f3: COLLECT { MATCH (n1)-[r3:TO]->(n3:Body) WITH n3, r3 ORDER BY r3.position, n3.id"
					+ " RETURN {node: n3 {.id, .name}} }} }} AS item");
	}

	/**
	 * Only the properties a level's fields read are fetched; a level with a field some resolver answers from the
	 * record (a body's {@code active}), or whose objects a field hands on whole (a link's {@code from} and {@code to}),
	 * takes whole nodes.
	 */
	@Test
	void shouldFetchOnlyTheSelectedPropertiesWhereThatIsSafe() {
		String narrow = "{ workItem(id: \"fgmv-34\") { id status } }";
		anonymous().document(narrow).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(narrow).execute())).singleElement()
			.asString().contains("RETURN {node: w {.id, .designation, .title, .status}} AS item");
		String computed = "{ body(id: \"iso-iec-jtc1\") { id active children { id name } } }";
		anonymous().document(computed).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(computed).execute())).singleElement()
			.asString().contains("RETURN {node: x, f1: COLLECT {").contains("RETURN {node: n1 {.id, .name}} }");
		String links = "{ workItems(first: 5, orderBy: ID) { edges { node { id links { kind from { id title } to { scope } } } } } }";
		anonymous().document(links).execute();
		assertThat(CypherStatementCounter.statements(() -> anonymous().document(links).execute())).singleElement()
			.asString().contains("RETURN {node: w, f1: COLLECT {").doesNotContain("{node: n1 {");
	}

}
