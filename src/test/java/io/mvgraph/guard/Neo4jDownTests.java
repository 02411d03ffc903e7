package io.mvgraph.guard;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j gone under a running service: GraphQL over HTTP answers 503 with Retry-After when nothing could be
 * answered, as REST does, for both media types; a partial answer stays 200. The service runs on a Neo4j of its own
 * here (the shared one of the other tests must stay up), stopped by the first test that needs it down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mvgraph.seed=false", "mvgraph.snapshot.at-meeting-end=false", "mvgraph.warmup.requests=0",
				"mvgraph.users.editor-password=editor-password" })
@AutoConfigureWebTestClient(timeout = "PT60S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the context holds a driver to a stopped Neo4j: no other test class may get it from the context cache
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class Neo4jDownTests {

	private static Neo4j neo4j;

	private static boolean stopped;

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		neo4j = Neo4jBuilders.newInProcessBuilder()
			.withDisabledServer()
			.withConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
			.build();
		registry.add("spring.neo4j.uri", () -> neo4j.boltURI().toString());
	}

	@AfterAll
	void close() {
		stop();
	}

	private static synchronized void stop() {
		if (!stopped) {
			stopped = true;
			neo4j.close();
		}
	}

	@Test
	void shouldAnswer503WithRetryAfterWhenNeo4jIsDownAndNothingCouldBeAnswered() {
		// up: an ordinary 200
		post("{ topics { id } }", MediaType.APPLICATION_JSON).expectStatus().isOk();
		stop();

		// topics is non-null: its failure leaves data null, for either media type (and the sign of the content type
		// the client asked for, as for any GraphQL response)
		for (MediaType accept : new MediaType[] { MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON }) {
			WebTestClient.ResponseSpec response = post("{ topics { id } }", accept);
			response.expectStatus().isEqualTo(503);
			response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10");
			response.expectHeader().contentTypeCompatibleWith(accept);
			response.expectBody()
				.jsonPath("$.data").doesNotExist()
				.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAVAILABLE")
				.jsonPath("$.errors[0].message").isEqualTo("The database is unavailable; nothing was changed; retry shortly");
		}
		// a mutation, as the editor with HTTP Basic
		WebTestClient.ResponseSpec mutation = this.client.mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth("editor", "editor-password"))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE)
			.bodyValue(Map.of("query", "mutation { createTopic(input: { id: \"down-topic\", name: \"Down\" }) { id } }"))
			.exchange();
		mutation.expectStatus().isEqualTo(503);
		mutation.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10");
		mutation.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAVAILABLE");

		// a partial answer (a nullable field failed, __typename answered) is data: 200, as the spec requires
		WebTestClient.ResponseSpec partial = post("{ __typename workItem(id: \"x\") { id } }",
				MediaType.APPLICATION_GRAPHQL_RESPONSE);
		partial.expectStatus().isOk();
		partial.expectHeader().doesNotExist(HttpHeaders.RETRY_AFTER);
		partial.expectBody()
			.jsonPath("$.data.__typename").isEqualTo("Query")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAVAILABLE");

		// REST, for comparison: the same status and header
		this.client.get().uri("/api/export?format=json").exchange()
			.expectStatus().isEqualTo(503)
			.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10");
	}

	private WebTestClient.ResponseSpec post(String query, MediaType accept) {
		return this.client.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(accept)
			.bodyValue(Map.of("query", query))
			.exchange();
	}

}
