package io.mvgraph.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The base of the HTTP tests: the whole service on a random port, talking to the shared in-process Neo4j through
 * the ordinary driver, and clients that go through HTTP as a user's would. Users: {@code editor},
 * {@code analyst}, {@code admin}, each with the password {@code <name>-password}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mvgraph.seed=false", "mvgraph.users.editor-password=editor-password",
				"mvgraph.users.analyst-password=analyst-password", "mvgraph.users.admin-password=admin-password",
				// no snapshots behind the tests' backs (fixtures hold meetings that end); MeetingEndSnapshotTests calls it
				"mvgraph.snapshot.at-meeting-end=false",
				// no GraphQL reads behind the tests' backs either (they would count as requests' statements)
				"mvgraph.warmup.requests=0" })
@AutoConfigureHttpGraphQlTester
// the exchange timeout of every client (5 s by default): generous, for shared and busy build machines
@AutoConfigureWebTestClient(timeout = "PT60S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiTestSupport {

	public static final String REFERENCE_DATA = "dataset/metaverse-standards.json";

	@Autowired
	private HttpGraphQlTester graphQlTester;

	@Autowired
	private WebTestClient webTestClient;

	/** Only to reset the graph between tests; every assertion goes through HTTP. */
	@Autowired
	private Neo4jClient neo4jClient;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", () -> TestNeo4j.boltUri().toString());
	}

	/** How many records a section of the reference data file holds (read from the file, not written down here). */
	public static int referenceRecordCount(String section) {
		try (InputStream input = new ClassPathResource(REFERENCE_DATA).getInputStream()) {
			return tools.jackson.databind.json.JsonMapper.builder().build().readTree(input).path(section).size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** GraphQL over HTTP as an anonymous reader. */
	protected HttpGraphQlTester anonymous() {
		return this.graphQlTester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** GraphQL over HTTP as one of the configured users. */
	protected HttpGraphQlTester as(String user) {
		return this.graphQlTester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.responseTimeout(Duration.ofSeconds(30))
			.headers((headers) -> headers.setBasicAuth(user, user + "-password"))
			.build();
	}

	/** Plain HTTP, for the REST endpoints. */
	protected WebTestClient http() {
		return this.webTestClient.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
	}

	protected WebTestClient http(String user) {
		return http().mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(user, user + "-password"))
			.build();
	}

	/** Deletes every node but the migration records, so that a test starts from an empty graph. */
	protected void resetGraph() {
		this.neo4jClient.query("MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration') "
				+ "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").run();
	}

	/** Imports a data-set file from the test class path through {@code POST /api/import}, as the editor. */
	protected Map<?, ?> importDataset(String resource) {
		return importJson(read(resource));
	}

	protected Map<?, ?> importJson(byte[] json) {
		return http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Imports a file through {@code POST /api/import} (as the editor) that must be refused: 400 Bad Request.
	 * Returns the answer: {@code report} and {@code errors}, each error with {@code extensions.code} and
	 * {@code extensions.path} (a JSON path in the file).
	 */
	protected Map<?, ?> rejectedImport(String file) {
		return http("editor").post()
			.uri("/api/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** The JSON paths that the errors of a refused import name, in order. */
	protected List<String> rejectedPaths(String file) {
		return ((List<?>) rejectedImport(file).get("errors")).stream()
			.map((error) -> (String) ((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("path"))
			.toList();
	}

	/**
	 * {@code GET /api/export?format=json} as this user (null: anonymous); for ANALYST and above with the people and
	 * their contact details.
	 */
	protected String exportJson(String user) {
		return (user == null ? http() : http(user)).get()
			.uri("/api/export?format=json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** An empty graph with the reference data set in it. */
	protected void loadReferenceData() {
		resetGraph();
		importDataset(REFERENCE_DATA);
	}

	protected static byte[] read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
