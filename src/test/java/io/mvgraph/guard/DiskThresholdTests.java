package io.mvgraph.guard;

import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A disk below the threshold, by a threshold above any disk's free space: writes are refused with
 * {@code UNAVAILABLE} before they run, reads go on, the health says so.
 */
@TestPropertySource(properties = { "mvgraph.disk.path=${java.io.tmpdir}", "mvgraph.disk.min-free=1000000TB" })
class DiskThresholdTests extends ApiTestSupport {

	@BeforeAll
	void smallGraph() {
		// the graph is filled directly: this context refuses imports
		resetGraph();
	}

	@Test
	void shouldRefuseMutationsWithUnavailableAnd503() {
		// nothing ran, so there is no data: 503 with Retry-After, for either media type (README, "Errors")
		for (MediaType accept : new MediaType[] { MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON }) {
			WebTestClient.ResponseSpec response = http("editor").post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.accept(accept)
				.bodyValue(Map.of("query", "mutation { createTopic(input: { id: \"disk-full-topic\", name: \"Disk\" }) { id } }"))
				.exchange();
			response.expectStatus().isEqualTo(503);
			response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10");
			response.expectHeader().contentTypeCompatibleWith(accept);
			response.expectBody()
				.jsonPath("$.data").doesNotExist()
				.jsonPath("$.errors.length()").isEqualTo(1)
				.jsonPath("$.errors[0].extensions.code").isEqualTo("UNAVAILABLE");
		}
		anonymous().document("{ topics { id } }").execute().path("topics").entityList(Object.class).hasSize(0);
	}

	@Test
	void shouldRefuseImportsWith503() {
		WebTestClient.ResponseSpec response = http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(read("fixtures/small.json"))
			.exchange();
		response.expectStatus().isEqualTo(503);
		response.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("UNAVAILABLE");
	}

	@Test
	void shouldKeepReadingAndSayReadOnlyInTheHealth() {
		anonymous().document("{ about { version } }").execute().path("about.version").hasValue();
		http().get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.disk.status").isEqualTo("READ_ONLY")
			.jsonPath("$.status").isEqualTo("READ_ONLY");
		http().get().uri("/api/export?format=json").exchange().expectStatus().isOk();
	}

}
