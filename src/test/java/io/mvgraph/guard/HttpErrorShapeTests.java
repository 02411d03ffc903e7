package io.mvgraph.guard;

import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every layer's errors, over HTTP: the contract's shape and code, never a stack trace, an HTML page or nothing. */
class HttpErrorShapeTests extends ApiTestSupport {

	@LocalServerPort
	int port;

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldAnswerAnUnknownPathWithNotFoundInTheErrorShape() {
		assertError(http().get().uri("/no/such/page").accept(MediaType.TEXT_HTML).exchange(), 404, "NOT_FOUND");
		assertError(http().get().uri("/api/nothing").exchange(), 404, "NOT_FOUND");
	}

	@Test
	void shouldAnswerAWrongMethodInTheErrorShape() {
		assertError(http().delete().uri("/api/export").exchange(), 405, "BAD_REQUEST");
	}

	@Test
	void shouldRefuseFormTypesOnImportWith415() {
		for (String type : new String[] { "text/plain", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x" }) {
			assertError(http("editor").post()
				.uri("/api/import")
				.header("Content-Type", type)
				.bodyValue("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n{}\r\n--x--\r\n")
				.exchange(), 415, "BAD_REQUEST");
		}
		// a binary body needs an explicit format
		assertError(http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue("{}".getBytes())
			.exchange(), 415, "BAD_REQUEST");
	}

	@Test
	void shouldAnswerBrokenCsvAndXlsxImportsWithACodedError() {
		// a refused file answers its import report beside the coded errors, one per problem
		http("editor").post().uri("/api/import").header("Content-Type", "text/csv").bodyValue("colour\n").exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.path").isEqualTo("row 1, colour");
		http("editor").post().uri("/api/import?format=xlsx").contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[] { 1, 2 }).exchange()
			.expectStatus().isBadRequest()
			.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].extensions.path").isEqualTo("file");
		assertError(http("editor").post().uri("/api/import?format=pdf").contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(new byte[] { 1, 2 }).exchange(), 400, "BAD_REQUEST");
	}

	@Test
	void shouldAnswerUnsupportedMediaTypesAndMethodsOfGraphQlInTheErrorShape() {
		assertError(http().post().uri("/graphql").accept(MediaType.IMAGE_PNG).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ about { version } }")).exchange(), 415, "BAD_REQUEST");
		// Spring for GraphQL answers GET /graphql with a bare 405
		assertError(http().get().uri("/graphql").exchange(), 405, "BAD_REQUEST");
	}

	@Test
	void shouldAnswerSecurityRefusalsOfRestInTheErrorShape() {
		assertError(http().post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(),
				401, "UNAUTHORIZED");
		assertError(http("analyst").post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
			.exchange(), 403, "FORBIDDEN");
	}

	@Test
	void shouldAnswerMalformedGraphQlBodiesWithACode() {
		for (String body : new String[] { "{ this is not json", "null", "[]", "" }) {
			WebTestClient.ResponseSpec response = http().post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange();
			response.expectStatus().is4xxClientError();
			response.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
		}
	}

	@Test
	void shouldAnswerAQueryThatIsNoStringWithBadRequest() {
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": 5}")
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void shouldAnswerMalformedImportBodiesWithACode() {
		WebTestClient.ResponseSpec response = http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("null")
			.exchange();
		response.expectStatus().isBadRequest();
		response.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
	}

	@Test
	void shouldRefuseASubscriptionOverHttpWithBadRequest() {
		anonymous().document("subscription { roadmapChanged { action } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
			});
	}

	@Test
	void shouldCodeBadFaithIntrospectionTooComplex() {
		String alias = "t%d: __schema { types { fields { type { fields { type { fields { name } } } } } } }";
		StringBuilder document = new StringBuilder("{ ");
		for (int i = 0; i < 2; i++) {
			document.append(alias.formatted(i)).append(' ');
		}
		anonymous().document(document + "}")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).isNotEmpty();
				assertThat(errors).allSatisfy((error) -> assertThat(error.getExtensions()).as(error.getMessage())
					.containsEntry("code", "TOO_COMPLEX"));
			});
	}

	@Test
	void shouldAnswerTomcatLevelBadRequestsWithoutAStackTrace() throws Exception {
		String response = RawHttp.exchange(this.port, "GET /graphql?a=<{|}> HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Connection: close\r\n\r\n");
		assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("at org.").doesNotContain("Exception");
	}

	@Test
	void shouldAnswerOneErrorForABadArgumentOfAConnection() {
		for (String document : new String[] { "{ workItems(first: 9999) { totalCount edges { node { id } } } }",
				"{ bodies(first: -1) { totalCount } }", "{ workItems(first: 5, after: \"garbage\") { totalCount } }",
				"{ liaisons(first: 100000) { totalCount } }" }) {
			anonymous().document(document).execute().errors().satisfy((errors) -> {
				assertThat(errors).as(document).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).as(document).containsEntry("code", "BAD_REQUEST"));
			});
		}
	}

	@Test
	void shouldTellNothingAboutTheRuntimeInInfo() {
		http().get().uri("/actuator/info").exchange().expectStatus().isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("\"java\"").doesNotContain("\"os\"")
				.doesNotContain("\"jvm\"").doesNotContain("\"build\""));
	}

	private static void assertError(WebTestClient.ResponseSpec response, int status, String code) {
		response.expectStatus().isEqualTo(status);
		response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		response.expectBody(Map.class).value((body) -> {
			assertThat(body).containsOnlyKeys("errors");
			assertThat(body.toString()).doesNotContain("at io.mvgraph").doesNotContain("Exception");
			Map<?, ?> error = (Map<?, ?>) ((java.util.List<?>) body.get("errors")).get(0);
			assertThat(error.get("message")).isInstanceOf(String.class);
			assertThat(((Map<?, ?>) error.get("extensions")).get("code")).isEqualTo(code);
		});
	}

}
