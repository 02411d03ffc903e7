package io.mvgraph.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.mvgraph.history.RoadmapChangeFeed;
import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One WebSocket runs at most 20 subscriptions at a time. */
class SubscriptionLimitTests extends ApiTestSupport {

	private static final String SUBSCRIPTION = "subscription { roadmapChanged { at } }";

	@LocalServerPort
	int port;

	@Autowired
	RoadmapChangeFeed feed;

	@Test
	void shouldRefuseTheTwentyFirstSubscriptionOfASocket() {
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.build();
		List<Disposable> subscriptions = new ArrayList<>();
		try {
			int before = this.feed.subscriberCount();
			for (int i = 0; i < 20; i++) {
				subscriptions.add(client.document(SUBSCRIPTION).executeSubscription().subscribe());
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() >= before + 20);
			List<ResponseError> errors;
			try {
				ClientGraphQlResponse refused = client.document(SUBSCRIPTION).executeSubscription()
					.blockFirst(Duration.ofSeconds(30));
				errors = refused.getErrors();
			}
			catch (SubscriptionErrorException ex) {
				errors = ex.getErrors();
			}
			assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED"));
			// ending one makes room for another
			subscriptions.remove(0).dispose();
			await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() < before + 20);
			subscriptions.add(client.document(SUBSCRIPTION).executeSubscription().subscribe());
			await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() >= before + 20);
			assertThat(this.feed.subscriberCount()).isEqualTo(before + 20);
		}
		finally {
			subscriptions.forEach(Disposable::dispose);
			client.stop().block(Duration.ofSeconds(30));
		}
	}

}
