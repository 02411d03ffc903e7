package io.mvgraph.embedded;

import java.nio.file.Path;
import java.util.Map;

import io.mvgraph.MvgraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a newcomer starts it: no Neo4j configured, so it brings its own, on disk, and seeds it with the
 * reference data; started again on the same directory, it finds its data and imports nothing twice.
 */
class EmbeddedNeo4jTests {

	@TempDir
	Path dataDir;

	@Test
	void shouldSeedAnEmptyEmbeddedGraphOnceAndKeepItAcrossRestarts() {
		Map<?, ?> first;
		try (ConfigurableApplicationContext context = start()) {
			RestClient http = client(context);
			assertThat(http.get().uri("/actuator/health").retrieve().body(Map.class)).containsEntry("status", "UP");
			first = about(http);
			assertThat(first.get("embedded")).isEqualTo(true);
			assertThat((Map<String, Integer>) first.get("counts")).containsEntry("topics", 43);
			assertThat(((Map<String, Integer>) first.get("counts")).get("workItems")).isGreaterThan(300);
		}
		try (ConfigurableApplicationContext context = start()) {
			RestClient http = client(context);
			assertThat(about(http).get("counts")).isEqualTo(first.get("counts"));
			Map<?, ?> item = graphQl(http, "{ workItems(first: 1) { edges { node { version } } } }");
			assertThat(item.toString()).contains("version=1");
		}
		assertThat(this.dataDir.resolve("data/databases/neo4j")).isDirectory();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(MvgraphApplication.class).run("--server.port=0",
				"--mvgraph.embedded.data-dir=" + this.dataDir, "--mvgraph.embedded.bolt-port=0", "--mvgraph.seed=true",
				"--mvgraph.users.editor-password=e", "--mvgraph.users.analyst-password=a",
				"--mvgraph.users.admin-password=x");
	}

	private static RestClient client(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return RestClient.builder().baseUrl("http://localhost:" + port).build();
	}

	private static Map<?, ?> about(RestClient http) {
		return (Map<?, ?>) graphQl(http, "{ about { embedded counts { bodies workItems topics liaisons } } }").get("about");
	}

	private static Map<?, ?> graphQl(RestClient http, String query) {
		Map<String, Object> response = http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body((Object) Map.of("query", query))
			.retrieve()
			.body(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			});
		assertThat(response).doesNotContainKey("errors");
		return (Map<?, ?>) response.get("data");
	}

}
