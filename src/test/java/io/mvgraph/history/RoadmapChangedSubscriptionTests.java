package io.mvgraph.history;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code roadmapChanged} over a real WebSocket (graphql-transport-ws), as an anonymous reader: each committed
 * change arrives with what changed, by whom and when; refused ones never do.
 */
class RoadmapChangedSubscriptionTests extends ApiTestSupport {

	private static final String SUBSCRIPTION = """
			subscription($types: [EntityType!], $ids: [ID!]) { roadmapChanged(entityTypes: $types, ids: $ids) {
			  at by origin changes { entityType entityId action fields { field before after } } } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $status: WorkItemStatus) {
			  updateWorkItem(id: $id, version: $version, input: { status: $status }) { version } }""";

	@LocalServerPort
	private int port;

	/** Only to wait until the server has registered the subscription; every assertion is on what the client got. */
	@Autowired
	private RoadmapChangeFeed feed;

	private WebSocketGraphQlClient client;

	private Disposable subscription;

	private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
		this.received.clear();
		this.client = WebSocketGraphQlClient.builder("ws://localhost:" + this.port + "/graphql",
				new StandardWebSocketClient()).build();
	}

	@AfterEach
	void close() {
		if (this.subscription != null) {
			this.subscription.dispose();
		}
		this.client.stop().block(Duration.ofSeconds(30));
	}

	@SuppressWarnings("unchecked")
	private void subscribe(List<String> types, List<String> ids) {
		int before = this.feed.subscriberCount();
		this.subscription = this.client.document(SUBSCRIPTION)
			.variable("types", types)
			.variable("ids", ids)
			.executeSubscription()
			.subscribe((response) -> this.received.add(response.field("roadmapChanged").toEntity(Map.class)));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() > before);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> next() throws InterruptedException {
		Map<String, Object> change = this.received.poll(30, TimeUnit.SECONDS);
		assertThat(change).as("a roadmapChanged message").isNotNull();
		return change;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> changes(Map<String, Object> message) {
		return (List<Map<String, Object>>) message.get("changes");
	}

	@Test
	void shouldSendWhatAMutationChangedByWhomAndWhen() throws Exception {
		subscribe(null, null);
		// refused (stale version): nothing is sent for it
		as("editor").document(UPDATE).variable("id", "h-haptics").variable("version", 5)
			.variable("status", "PUBLISHED").execute().errors().satisfy((errors) -> assertThat(errors).hasSize(1));
		as("editor").document(UPDATE).variable("id", "h-haptics").variable("version", 1)
			.variable("status", "UNDER_DEVELOPMENT").execute().path("updateWorkItem.version").entity(Integer.class)
			.isEqualTo(2);

		Map<String, Object> message = next();
		assertThat(message).containsEntry("by", "editor").containsEntry("origin", "api").containsKey("at");
		assertThat(changes(message)).singleElement().satisfies((change) -> {
			assertThat(change).containsEntry("entityType", "WORK_ITEM")
				.containsEntry("entityId", "h-haptics")
				.containsEntry("action", "UPDATED");
			assertThat((List<Map<String, Object>>) change.get("fields"))
				.containsExactly(Map.of("field", "status", "before", "\"PROPOSED\"", "after", "\"UNDER_DEVELOPMENT\""));
		});
	}

	@Test
	void shouldSendAllChangesOfOneTransactionInOneMessage() throws Exception {
		subscribe(null, null);
		// deleting iso-avatar also takes it out of h-avatar's links and of the reply liaison's concerns
		as("editor").document("mutation { deleteWorkItem(id: \"iso-avatar\", version: 1) }").execute()
			.path("deleteWorkItem").entity(String.class).isEqualTo("iso-avatar");
		Map<String, Object> message = next();
		assertThat(changes(message)).extracting((change) -> change.get("entityId") + " " + change.get("action"))
			.containsExactlyInAnyOrder("iso-avatar DELETED", "h-avatar UPDATED", "ls-sc29-reply UPDATED");
		// an import is a change too
		importJson("""
				{ "topics": [ { "id": "xr-devices", "name": "XR devices" } ] }""".getBytes());
		message = next();
		assertThat(message).containsEntry("origin", "import").containsEntry("by", "editor");
		assertThat(changes(message)).extracting((change) -> change.get("entityId")).containsExactly("xr-devices");
	}

	@Test
	void shouldSendOnlyTheChangesOfTheRecordsAskedFor() throws Exception {
		subscribe(null, List.of("jtc1-green"));
		as("editor").document(UPDATE).variable("id", "h-haptics").variable("version", 1)
			.variable("status", "APPROVED").execute();
		as("editor").document(UPDATE).variable("id", "jtc1-green").variable("version", 1)
			.variable("status", "PUBLISHED").execute();
		Map<String, Object> message = next();
		assertThat(changes(message)).extracting((change) -> change.get("entityId")).containsExactly("jtc1-green");
	}

	@Test
	void shouldFilterByKindOfRecord() throws Exception {
		subscribe(List.of("TOPIC"), null);
		as("editor").document(UPDATE).variable("id", "h-haptics").variable("version", 1)
			.variable("status", "APPROVED").execute();
		http("editor").post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "mutation { createTopic(input: { id: \"citiverse\", name: \"Citiverse\" }) { id } }"))
			.exchange()
			.expectStatus()
			.isOk();
		Map<String, Object> message = next();
		assertThat(changes(message)).extracting((change) -> change.get("entityType") + " " + change.get("entityId"))
			.containsExactly("TOPIC citiverse");
	}

}
