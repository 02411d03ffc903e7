package io.mvgraph.guard;

import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** No cross-site request acts with a user's credentials; the service's own pages and scripts without Origin do. */
class OriginTests extends ApiTestSupport {

	private static final String CREATE = """
			{"query": "mutation { createTopic(input: { id: \\"cross-site-topic\\", name: \\"Cross-site\\" }) { id } }"}""";

	@LocalServerPort
	int port;

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldRefuseACredentialedMutationFromAForeignOriginAndChangeNothing() {
		String before = exportJson("analyst");
		WebTestClient.ResponseSpec response = http("editor").post()
			.uri("/graphql")
			.header("Origin", "https://evil.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CREATE)
			.exchange();
		response.expectStatus().isForbidden();
		response.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("FORBIDDEN");
		assertThat(exportJson("analyst")).isEqualTo(before);
		http("editor").post()
			.uri("/graphql")
			.header("Origin", "null")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(CREATE)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void shouldRefuseACrossSiteImport() {
		String before = exportJson("analyst");
		http("editor").post()
			.uri("/api/import")
			.header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(read("fixtures/small.json"))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldAcceptTheServicesOwnOriginAndRequestsWithoutOrigin() {
		http("editor").post()
			.uri("/graphql")
			.header("Origin", "http://localhost:" + this.port)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ about { version } }"))
			.exchange()
			.expectStatus()
			.isOk();
		// anonymous reads from anywhere: no credentials, nothing to abuse
		http().post()
			.uri("/graphql")
			.header("Origin", "https://dashboard.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ about { version } }"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void shouldRefuseAWebSocketHandshakeFromAForeignOrigin() throws Exception {
		String handshake = "GET /graphql HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nUpgrade: websocket\r\n"
				+ "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
				+ "Sec-WebSocket-Protocol: graphql-transport-ws\r\n";
		assertThat(RawHttp.exchange(this.port, handshake + "Origin: https://evil.example\r\n\r\n"))
			.startsWith("HTTP/1.1 403")
			.contains("\"code\":\"FORBIDDEN\"");
		assertThat(RawHttp.exchange(this.port, handshake + "Origin: http://localhost:" + this.port + "\r\n\r\n"))
			.startsWith("HTTP/1.1 101");
	}

}
