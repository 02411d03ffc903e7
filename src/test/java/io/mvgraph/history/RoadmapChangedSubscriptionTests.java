package io.mvgraph.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * change arrives with what changed, by whom and when; refused ones never do. An analyst (signed in on the
 * handshake) also gets the e-mail addresses that an anonymous reader never does.
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

	private final List<WebSocketGraphQlClient> clients = new ArrayList<>();

	private final List<Disposable> subscriptions = new ArrayList<>();

	private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
		this.received.clear();
	}

	@AfterEach
	void close() {
		this.subscriptions.forEach(Disposable::dispose);
		this.subscriptions.clear();
		this.clients.forEach((client) -> client.stop().block(Duration.ofSeconds(30)));
		this.clients.clear();
	}

	/** A WebSocket client; with a user, signed in with HTTP Basic on the handshake. */
	private WebSocketGraphQlClient client(String user) {
		WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient());
		if (user != null) {
			builder.headers((headers) -> headers.setBasicAuth(user, user + "-password"));
		}
		WebSocketGraphQlClient client = builder.build();
		this.clients.add(client);
		return client;
	}

	private void subscribe(List<String> types, List<String> ids) {
		subscribe(client(null), types, ids, this.received);
	}

	@SuppressWarnings("unchecked")
	private void subscribe(WebSocketGraphQlClient client, List<String> types, List<String> ids,
			BlockingQueue<Map<String, Object>> into) {
		int before = this.feed.subscriberCount();
		this.subscriptions.add(client.document(SUBSCRIPTION)
			.variable("types", types)
			.variable("ids", ids)
			.executeSubscription()
			.subscribe((response) -> into.add(response.field("roadmapChanged").toEntity(Map.class))));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() > before);
	}

	private Map<String, Object> next() throws InterruptedException {
		return next(this.received);
	}

	private static Map<String, Object> next(BlockingQueue<Map<String, Object>> from) throws InterruptedException {
		Map<String, Object> change = from.poll(30, TimeUnit.SECONDS);
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

	@Test
	@SuppressWarnings("unchecked")
	void shouldNeverSendAnEmailAddressToAnAnonymousSubscriber() throws Exception {
		BlockingQueue<Map<String, Object>> analyst = new LinkedBlockingQueue<>();
		subscribe(List.of("PERSON"), null);
		subscribe(client("analyst"), List.of("PERSON"), null, analyst);
		as("editor").document("""
				mutation { createPerson(input: { id: "erin", name: "Erin Park", email: "erin@example.org" }) { id } }""")
			.execute().path("createPerson.id").entity(String.class).isEqualTo("erin");
		as("editor").document("""
				mutation { updatePerson(id: "erin", version: 1, input: { email: "erin.park@example.org" }) { version } }""")
			.execute().path("updatePerson.version").entity(Integer.class).isEqualTo(2);

		// anonymous: that the e-mail was set and changed, never its value
		Map<String, Object> created = next();
		Map<String, Object> updated = next();
		assertThat(created.toString() + updated.toString()).doesNotContain("@example.org").contains("Erin Park");
		assertThat(changes(created)).singleElement().satisfies((change) -> {
			assertThat(change).containsEntry("entityId", "erin").containsEntry("action", "CREATED");
			assertThat((List<Map<String, Object>>) change.get("fields")).contains(fieldChange("email", null, null));
		});
		assertThat(changes(updated)).singleElement().satisfies((change) -> assertThat(
				(List<Map<String, Object>>) change.get("fields")).containsExactly(fieldChange("email", null, null)));

		// an analyst, signed in on the handshake, gets the addresses
		assertThat(changes(next(analyst))).singleElement().satisfies((change) -> assertThat(
				(List<Map<String, Object>>) change.get("fields")).contains(fieldChange("email", null, "\"erin@example.org\"")));
		assertThat(changes(next(analyst))).singleElement().satisfies((change) -> assertThat(
				(List<Map<String, Object>>) change.get("fields")).containsExactly(
						fieldChange("email", "\"erin@example.org\"", "\"erin.park@example.org\"")));
	}

	/** A field change as the client reads it (Map.of refuses null values). */
	private static Map<String, Object> fieldChange(String field, String before, String after) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("before", before);
		change.put("after", after);
		return change;
	}

}
