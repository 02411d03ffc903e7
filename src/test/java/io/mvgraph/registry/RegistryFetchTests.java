package io.mvgraph.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetching adapter against a local server (127.0.0.1, an ephemeral port) that answers with the recorded
 * api.w3.org responses: what it saves, the reader takes as it takes the recording; a failed GET fails the fetch.
 */
class RegistryFetchTests {

	private final RegistryFetch fetch = new RegistryFetch(new RegistryProperties(List.of(), Map.of()));

	@Test
	void shouldSaveTheResponsesWithAManifestThatTheReaderTakes(@TempDir Path temp) throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		Path recorded = new ClassPathResource("registry/w3c").getFile().toPath();
		server.createContext("/groups/109735", (exchange) -> {
			String file = exchange.getRequestURI().getPath().endsWith("/specifications")
					? "groups_109735_specifications.json" : "groups_109735.json";
			byte[] body = Files.readAllBytes(recorded.resolve(file));
			exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.createContext("/missing", (exchange) -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			List<String> progress = new java.util.ArrayList<>();
			Path saved = this.fetch.fetch(List.of(URI.create(base + "/groups/109735"),
					URI.create(base + "/groups/109735/specifications")), temp.resolve("w3c"), progress::add);
			assertThat(progress).hasSize(2).allMatch((line) -> line.startsWith("fetched "));
			assertThat(saved.resolve("_manifest.json")).exists();
			RegistrySource.Result read = new W3cApiSource().read(saved, (line) -> { });
			assertThat(read.bodies()).singleElement()
				.satisfies((group) -> assertThat(group.committee()).isEqualTo("W3C Immersive Web Working Group"));
			assertThat(read.records()).hasSize(9);
			// when fetched: the manifest's time, not the recording's
			assertThat(read.records().get(0).fetchedAt()).isNotEqualTo("2025-03-06T15:22:17Z");

			assertThatThrownBy(() -> this.fetch.fetch(List.of(URI.create(base + "/missing")), temp.resolve("x"),
					(line) -> { }))
				.isInstanceOf(IOException.class)
				.hasMessageContaining("answered 404");
			assertThat(temp.resolve("x").resolve("_manifest.json")).doesNotExist();
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void shouldNameTheFilesAfterTheAddresses() {
		assertThat(RegistryFetch.fileName(URI.create("https://api.w3.org/groups/109735/specifications"), 2))
			.isEqualTo("002_groups_109735_specifications.json");
		assertThat(RegistryFetch.fileName(URI.create(
				"https://isopublicstorageprod.blob.core.windows.net/opendata/_latest/iso_technical_committees/json/iso_technical_committees.jsonl"), 1))
			.endsWith("iso_technical_committees.jsonl");
		assertThat(RegistryFetch.fileName(URI.create("https://datatracker.ietf.org/api/v1/group/group/?format=json&limit=100"), 3))
			.isEqualTo("003_api_v1_group_group_format_json_limit_100.json");
	}

}
