package io.mvgraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.mvgraph.guard.SignInThrottle;
import io.mvgraph.history.RoadmapChangeFeed;
import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The browsers' sign-in: form login, the signed session cookie, CSRF (double submit) for requests with the cookie,
 * sign-out, throttling; HTTP Basic clients unchanged.
 */
@SuppressWarnings({ "unchecked", "rawtypes" })
class SignInTests extends MutationTestSupport {

	private static final String UPDATE = """
			{"query":"mutation { updateWorkItem(id: \\"h-avatar\\", version: 1, input: { status: PUBLISHED }) { status version } }"}""";

	@Autowired
	private SignInThrottle throttle;

	@Autowired
	private RoadmapChangeFeed feed;

	@LocalServerPort
	private int port;

	@BeforeEach
	void data() {
		this.throttle.clear();
		resetGraph();
		importDataset("fixtures/small.json");
	}

	/** The test context is shared with the other test classes: leave no user held back for them. */
	@AfterEach
	void forgetFailures() {
		this.throttle.clear();
	}

	/**
	 * A script's POST without cookies needs no CSRF token and gets no token cookie (no Set-Cookie at all); the pages'
	 * requests still get theirs.
	 */
	@Test
	void shouldSetNoTokenCookieForAnApiCallWithoutCookies() {
		EntityExchangeResult<String> read = http().post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\":\"{ workItem(id: \\\"h-avatar\\\") { id } }\"}")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult();
		assertThat(read.getResponseBody()).contains("\"id\":\"h-avatar\"");
		assertThat(read.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).as("Set-Cookie").isNull();
		assertThat(http().get().uri("/").exchange().expectStatus().isOk().returnResult(String.class)
			.getResponseCookies().getFirst("XSRF-TOKEN")).as("the page's XSRF-TOKEN cookie").isNotNull();
		csrfToken();
	}

	/** The browser's cookies after GET /api/me: the XSRF-TOKEN. */
	private String csrfToken() {
		ResponseCookie cookie = http().get().uri("/api/me").exchange().expectStatus().isOk()
			.returnResult(String.class).getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(cookie).as("XSRF-TOKEN cookie").isNotNull();
		return cookie.getValue();
	}

	/** Signs in through the form; returns the session cookie's value. */
	private String signIn(String user, String password, String csrf) {
		EntityExchangeResult<Map> result = http().post()
			.uri("/login")
			.header("X-XSRF-TOKEN", csrf)
			.cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", user).with("password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult();
		assertThat(result.getResponseBody()).containsEntry("name", user);
		ResponseCookie session = result.getResponseCookies().getFirst(SessionCookieRepository.COOKIE);
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Strict");
		return session.getValue();
	}

	@Test
	void signInShowsTheUserAndItsRolesAndTheCookieAuthenticatesAMutationWithTheToken() {
		String csrf = csrfToken();
		String session = signIn("editor", "editor-password", csrf);
		Map<?, ?> me = http().get().uri("/api/me").cookie(SessionCookieRepository.COOKIE, session)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(me.get("name")).isEqualTo("editor");
		assertThat((List<Object>) me.get("roles")).containsExactly("ANALYST", "EDITOR");
		String csrfAfter = http().get().uri("/api/me").cookie(SessionCookieRepository.COOKIE, session)
			.exchange().returnResult(String.class).getResponseCookies().getFirst("XSRF-TOKEN").getValue();
		Map<?, ?> answer = http().post().uri("/graphql")
			.cookie(SessionCookieRepository.COOKIE, session)
			.cookie("XSRF-TOKEN", csrfAfter)
			.header("X-XSRF-TOKEN", csrfAfter)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(UPDATE)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(answer.get("errors")).as(String.valueOf(answer)).isNull();
		assertThat(historyActions("h-avatar")).hasSize(2);
		assertThat(anonymous().document("{ history(id: \"h-avatar\", first: 1) { by } }").execute()
			.path("history[0].by").entity(String.class).get()).isEqualTo("editor");
	}

	@Test
	void aMutationWithTheSessionCookieButWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
		String session = signIn("editor", "editor-password", csrfToken());
		String before = state();
		Map<?, ?> answer = http().post().uri("/graphql")
			.cookie(SessionCookieRepository.COOKIE, session)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(UPDATE)
			.exchange().expectStatus().isForbidden().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(answer.toString()).contains("code=FORBIDDEN").contains("CSRF");
		// a wrong token is no better
		http().post().uri("/graphql")
			.cookie(SessionCookieRepository.COOKIE, session)
			.cookie("XSRF-TOKEN", "forged")
			.header("X-XSRF-TOKEN", "other")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(UPDATE)
			.exchange().expectStatus().isForbidden();
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anAnalystsSessionIsRefusedTheMutation() {
		String csrf = csrfToken();
		String session = signIn("analyst", "analyst-password", csrf);
		String before = state();
		Map<?, ?> answer = http().post().uri("/graphql")
			.cookie(SessionCookieRepository.COOKIE, session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(UPDATE)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(answer.toString()).contains("code=FORBIDDEN");
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void theSubscriptionRunsAsTheUserOfTheSessionCookieOnTheHandshake() throws Exception {
		String session = signIn("analyst", "analyst-password", csrfToken());
		WebSocketGraphQlClient client = WebSocketGraphQlClient
			.builder("ws://localhost:" + this.port + "/graphql", new StandardWebSocketClient())
			.headers((headers) -> {
				headers.add(HttpHeaders.COOKIE, SessionCookieRepository.COOKIE + "=" + session);
				headers.add(HttpHeaders.ORIGIN, "http://localhost:" + this.port);
			})
			.build();
		BlockingQueue<String> received = new LinkedBlockingQueue<>();
		int before = this.feed.subscriberCount();
		Disposable subscription = client
			.document("subscription { roadmapChanged(entityTypes: [PERSON]) { changes { fields { field after } } } }")
			.executeSubscription()
			.subscribe((response) -> received.add(response.toString()));
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> this.feed.subscriberCount() > before);
			as("editor").document("""
					mutation { createPerson(input: { id: "erin", name: "Erin Park", email: "erin@example.org" }) { id } }""")
				.execute().path("createPerson.id").hasValue();
			// an e-mail address reaches ANALYST and above only: the subscriber is the signed-in analyst
			assertThat(received.poll(30, TimeUnit.SECONDS)).contains("erin@example.org");
		}
		finally {
			subscription.dispose();
			client.stop().block(Duration.ofSeconds(30));
		}
	}

	@Test
	void basicClientsNeedNoTokenAndGetNoSessionCookie() {
		EntityExchangeResult<Map> result = http("editor").post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(UPDATE)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult();
		assertThat(result.getResponseBody().get("errors")).isNull();
		assertThat(result.getResponseCookies().getFirst(SessionCookieRepository.COOKIE)).isNull();
	}

	@Test
	void theSignInNeedsTheCsrfTokenAWrongPasswordIsUnauthorizedAndRepeatedFailuresAreThrottled() {
		http().post().uri("/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "editor").with("password", "editor-password"))
			.exchange().expectStatus().isForbidden();
		String csrf = csrfToken();
		for (int i = 0; i < 5; i++) {
			http().post().uri("/login")
				.header("X-XSRF-TOKEN", csrf)
				.cookie("XSRF-TOKEN", csrf)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("username", "editor").with("password", "wrong"))
				.exchange().expectStatus().isUnauthorized()
				.expectBody(String.class).value((body) -> assertThat(body).contains("UNAUTHORIZED"));
		}
		http().post().uri("/login")
			.header("X-XSRF-TOKEN", csrf)
			.cookie("XSRF-TOKEN", csrf)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("username", "editor").with("password", "editor-password"))
			.exchange().expectStatus().isEqualTo(429)
			.expectHeader().exists(HttpHeaders.RETRY_AFTER)
			.expectBody(String.class).value((body) -> assertThat(body).contains("RATE_LIMITED"));
	}

	@Test
	void signOutDeletesTheCookieAndAForgedOrExpiredCookieSignsNobodyIn() {
		String csrf = csrfToken();
		String session = signIn("editor", "editor-password", csrf);
		// sign-out needs the token too (it changes state)
		http().post().uri("/logout").cookie(SessionCookieRepository.COOKIE, session)
			.exchange().expectStatus().isForbidden();
		ResponseCookie cleared = http().post().uri("/logout")
			.cookie(SessionCookieRepository.COOKIE, session)
			.cookie("XSRF-TOKEN", csrf)
			.header("X-XSRF-TOKEN", csrf)
			.exchange().expectStatus().isOk()
			.returnResult(String.class).getResponseCookies().getFirst(SessionCookieRepository.COOKIE);
		assertThat(cleared.getValue()).isEmpty();
		assertThat(cleared.getMaxAge().isZero()).isTrue();
		String forged = session.substring(0, session.indexOf('.')).replace("ZWRpdG9y", "YWRtaW4") + "."
				+ session.substring(session.indexOf('.') + 1);
		Map<?, ?> me = http().get().uri("/api/me").cookie(SessionCookieRepository.COOKIE, forged)
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(me.get("name")).isNull();
	}

}
