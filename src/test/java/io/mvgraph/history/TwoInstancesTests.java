package io.mvgraph.history;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mvgraph.MvgraphApplication;
import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances behind one Neo4j, as the service grows past one machine: a subscriber of one instance gets
 * the changes committed through the other (the history in Neo4j is the feed), once each, and its own instance's
 * changes once too; the analysis of the second instance sees a change made through the first.
 */
class TwoInstancesTests extends ApiTestSupport {

	private static final String SUBSCRIPTION = """
			subscription { roadmapChanged { by origin changes { entityType entityId action } } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $status: WorkItemStatus) {
			  updateWorkItem(id: $id, version: $version, input: { status: $status }) { version } }""";

	@LocalServerPort
	private int port;

	private ConfigurableApplicationContext second;

	private HttpSyncGraphQlClient secondEditor;

	@BeforeAll
	void secondInstance() {
		resetGraph();
		importDataset("fixtures/small.json");
		this.second = new SpringApplicationBuilder(MvgraphApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=" + TestNeo4j.boltUri(), "--mvgraph.seed=false",
				"--mvgraph.users.editor-password=editor-password", "--mvgraph.users.analyst-password=analyst-password",
				"--mvgraph.users.admin-password=admin-password", "--mvgraph.feed.poll-interval=200ms");
		int secondPort = ((WebServerApplicationContext) this.second).getWebServer().getPort();
		this.secondEditor = HttpSyncGraphQlClient.builder(RestClient.builder()
			.baseUrl("http://localhost:" + secondPort + "/graphql")
			.defaultHeaders((headers) -> headers.setBasicAuth("editor", "editor-password"))).build();
	}

	@AfterAll
	void stopSecondInstance() {
		if (this.second != null) {
			this.second.close();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldDeliverChangesCommittedThroughAnyInstanceOnce() throws Exception {
		BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		Disposable subscription = client.document(SUBSCRIPTION)
			.executeSubscription()
			.subscribe((response) -> received.add(response.field("roadmapChanged").toEntity(Map.class)));
		try {
			// a change through this instance, sent again until it arrives: then this subscription is surely listening
			// (subscribers left by earlier test classes may still be counted while they close)
			int version = 1;
			Map<String, Object> local = null;
			for (int attempt = 0; attempt < 30 && local == null; attempt++) {
				as("editor").document(UPDATE).variable("id", "h-haptics").variable("version", version)
					.variable("status", version % 2 == 0 ? "PROPOSED" : "UNDER_DEVELOPMENT")
					.execute().path("updateWorkItem.version").entity(Integer.class).isEqualTo(version + 1);
				version++;
				local = received.poll(1, TimeUnit.SECONDS);
			}
			assertThat(local).as("a change made through this instance").isNotNull();
			// a late message of an earlier attempt must not pass for the other instance's change
			Thread.sleep(2000);
			received.clear();
			// through the other instance
			Integer next = this.secondEditor.document(UPDATE).variable("id", "h-haptics").variable("version", version)
				.variable("status", "APPROVED").retrieveSync("updateWorkItem.version").toEntity(Integer.class);
			assertThat(next).isEqualTo(version + 1);
			Map<String, Object> remote = received.poll(30, TimeUnit.SECONDS);
			assertThat(remote).as("the change made through the other instance").isNotNull().containsEntry("by", "editor");
			assertThat((List<Map<String, Object>>) remote.get("changes")).singleElement()
				.satisfies((change) -> assertThat(change).containsEntry("entityId", "h-haptics").containsEntry("action", "UPDATED"));
			// each change once: neither this instance's own (from the history) nor the other's again
			assertThat(received.poll(3, TimeUnit.SECONDS)).as("nothing twice").isNull();
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(30));
		}
		// the other instance's analysis sees the change too (its model follows the graph, not its own writes)
		String status = this.secondEditor.document("{ workItem(id: \"h-haptics\") { status } }")
			.retrieveSync("workItem.status").toEntity(String.class);
		assertThat(status).isEqualTo("APPROVED");
	}

}
