package io.mvgraph.workitem;

import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over the reference data set. */
class ReferenceDataApiTests extends ApiTestSupport {

	private static final String NESTED_LIST = """
			query($first: Int) { workItems(first: $first) { edges { node {
			    id title
			    owner { id name parent { id } }
			    topics { id name parent { id } }
			    links { kind workItem { id owner { id } } }
			    liaisons { id from { id } }
			} } } }""";

	@BeforeAll
	void referenceData() {
		loadReferenceData();
	}

	@Test
	void shouldListReferenceWorkItemsWithOwnerAndTopics() {
		anonymous().document("{ workItems(first: 20) { totalCount edges { node { id title owner { id name } topics { id name } } } } }")
			.execute()
			.path("workItems.totalCount").entity(Integer.class).satisfies((count) -> assertThat(count).isGreaterThan(300))
			.path("workItems.edges").entityList(Object.class).hasSize(20)
			.path("workItems.edges[*].node.owner.id").entityList(String.class).hasSize(20)
			.path("workItems.edges[*].node.topics[0].id").entityList(String.class).hasSize(20);
	}

	@Test
	void shouldCostTheSameNumberOfCypherStatementsForFiftyItemsAsForFive() {
		// warm up, so that nothing lazily initialised on a first call is counted
		anonymous().document(NESTED_LIST).variable("first", 2).execute();
		int forFive = CypherStatementCounter.count(() -> anonymous().document(NESTED_LIST)
			.variable("first", 5)
			.execute()
			.path("workItems.edges").entityList(Object.class).hasSize(5));
		int forFifty = CypherStatementCounter.count(() -> anonymous().document(NESTED_LIST)
			.variable("first", 50)
			.execute()
			.path("workItems.edges").entityList(Object.class).hasSize(50));
		// the whole tree, page and count included, is compiled into one statement (SelectionCompiler)
		assertThat(forFive).isEqualTo(1);
		assertThat(forFifty).isEqualTo(forFive);
	}

	@ParameterizedTest
	@ValueSource(strings = { "avatar AND (digital", "title:avatar*", "\"unbalanced quote", "back\\\\slash",
			"[a TO z]", "{x TO y}", "avatar~2", "avatar^10", "+must -not", "&& || !", "/regex.*/", "a:b:c",
			"*", "?", "((((", "AND OR NOT", "ü ß é 中文", "H.430.1" })
	void shouldTakeLuceneSyntaxLiterally(String text) {
		anonymous().document("query($text: String!) { search(text: $text, first: 5) { score workItem { id } } }")
			.variable("text", text)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).allSatisfy(
					(error) -> assertThat(error.getExtensions().get("code")).isEqualTo("BAD_REQUEST")));
	}

	@Test
	void shouldFindWorkItemsByWordsWithTheBestFirst() {
		List<String> ids = anonymous().document("{ search(text: \"avatar representation format\", first: 5) { score workItem { id title } } }")
			.execute()
			.path("search[*].workItem.id")
			.entityList(String.class)
			.get();
		assertThat(ids).isNotEmpty().contains("iso-iec-23090-39");
		List<Double> scores = anonymous().document("{ search(text: \"avatar\", first: 10) { score } }")
			.execute()
			.path("search[*].score")
			.entityList(Double.class)
			.get();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void shouldRejectASearchWithoutWords() {
		for (String text : List.of("", "   ", "*?!")) {
			anonymous().document("query($text: String!) { search(text: $text) { score } }")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST")
					.containsEntry("field", "text"));
		}
	}

	@Test
	void shouldSayWhichNeo4jItRunsOn() {
		anonymous().document("{ about { neo4jVersion embedded counts { workItems bodies topics liaisons } } }")
			.execute()
			.path("about.neo4jVersion").entity(String.class).satisfies((version) -> assertThat(version).startsWith("5.26"))
			.path("about.embedded").entity(Boolean.class).isEqualTo(false)
			.path("about.counts.topics").entity(Integer.class).isEqualTo(43);
	}

}
