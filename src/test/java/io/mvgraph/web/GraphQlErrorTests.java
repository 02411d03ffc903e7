package io.mvgraph.web;

import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests get an error with a contract code, never a stack trace or an HTTP error page. */
class GraphQlErrorTests extends ApiTestSupport {

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldAnswerBadRequestForMalformedQueries() {
		assertCode("{ workItem(id: \"h-avatar\") { id ", "BAD_REQUEST");
		assertCode("{ workItem(id: \"h-avatar\") { noSuchField } }", "BAD_REQUEST");
		assertCode("{ workItems(filter: { status: [FINISHED] }) { totalCount } }", "BAD_REQUEST");
		assertCode("{ workItem { id } }", "BAD_REQUEST");
	}

	@Test
	void shouldAnswerBadRequestForAnInvalidVariable() {
		anonymous().document("query($s: [WorkItemStatus!]) { workItems(filter: { status: $s }) { totalCount } }")
			.variable("s", java.util.List.of("FINISHED"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST"));
	}

	@Test
	void shouldRefuseTooDeepQueries() {
		String deep = "{ body(id: \"q1-21\") { " + "parent { ".repeat(16) + "id" + " }".repeat(16) + " } }";
		assertCode(deep, "TOO_COMPLEX");
		// again: a document parsed once (ParsedDocumentCache) is still measured on every request
		assertCode(deep, "TOO_COMPLEX");
	}

	@Test
	void shouldRefuseTooCostlyQueries() {
		assertCode("""
				{ workItems(first: 500) { edges { node { links { workItem { links { workItem { links { workItem {
				  topics { workItems { id owner { id } } } } } } } } } } } } }""", "TOO_COMPLEX");
		// each alias is cheap enough on its own; together they are not
		String alias = "workItems(first: 500) { edges { node { owner { children { id name parent { id } } } "
				+ "topics { id children { id } } links { kind } liaisons { id } } } }";
		assertCode("{ a: " + alias + " b: " + alias + " c: " + alias + " }", "TOO_COMPLEX");
		assertCode("{ a: " + alias + " b: " + alias + " c: " + alias + " }", "TOO_COMPLEX");
	}

	/**
	 * The verdict of the limits is kept per document, operation and variables (QueryLimits): the same document is
	 * refused or answered as its variables make it cost, however the requests alternate.
	 */
	@Test
	void shouldMeasureTheSameDocumentByItsVariables() {
		String query = "query($n: Int) { workItems(first: $n) { edges { node { links { workItem { links { workItem {"
				+ " topics { workItems { id owner { id } } } } } } } } } } }";
		for (int round = 0; round < 2; round++) {
			anonymous().document(query).variable("n", 500).execute().errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "TOO_COMPLEX")));
			anonymous().document(query).variable("n", 1).execute().errors().verify()
				.path("workItems.edges").entityList(Object.class).hasSize(1);
		}
	}

	@Test
	void shouldRefuseOversizedDocuments() {
		String huge = "{ about { version } " + "# padding\n".repeat(3000) + "}";
		assertCode(huge, "TOO_COMPLEX");
	}

	@Test
	void shouldAnswerMalformedHttpBodiesWithAnError() {
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{ this is not json")
			.exchange()
			.expectStatus()
			.is4xxClientError();
	}

	@Test
	void shouldRejectWrongCredentialsWithACode() {
		http().mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth("editor", "not-the-password"))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ about { version } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHORIZED");
	}

	private void assertCode(String document, String code) {
		anonymous().document(document)
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).isNotEmpty();
				assertThat(errors).allSatisfy((error) -> assertThat(error.getExtensions()).as(error.getMessage())
					.containsEntry("code", code));
			});
	}

}
