package io.mvgraph.guard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Body caps and sign-in throttling, over HTTP, with small limits of their own (their own application context,
 * so that the throttled address does not hold back the other test classes).
 */
@TestPropertySource(properties = { "mvgraph.import.max-size=1MB", "mvgraph.http.max-body-size=64KB",
		"mvgraph.sign-in.max-failures-per-user=3", "mvgraph.sign-in.max-failures-per-address=6",
		"mvgraph.sign-in.backoff=3s", "mvgraph.sign-in.window=1m" })
class GuardLimitsTests extends ApiTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	InMemoryUserDetailsManager users;

	@Autowired
	PasswordEncoder encoder;

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@BeforeEach
	void noFailuresYet() {
		this.throttle.clear();
	}

	@Test
	void shouldRefuseAGraphQlBodyOverTheLimitByItsLength() {
		String query = "{ about { version } }" + " ".repeat(70 * 1024);
		assertTooLarge(http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query)).exchange());
	}

	@Test
	void shouldRefuseAChunkedGraphQlBodyOverTheLimitWhileReadingIt() throws Exception {
		String response = RawHttp.exchange(this.port, "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
				RawHttp.chunked(200 * 1024));
		assertThat(response).startsWith("HTTP/1.1 413").contains("\"code\":\"TOO_COMPLEX\"");
	}

	@Test
	void shouldRefuseAnImportOverTheLimitAndChangeNothing() throws Exception {
		String before = exportJson("analyst");
		byte[] big = new byte[2 * 1024 * 1024];
		Arrays.fill(big, (byte) ' ');
		assertTooLarge(http("editor").post().uri("/api/import").contentType(MediaType.APPLICATION_JSON).bodyValue(big)
			.exchange());
		String auth = java.util.Base64.getEncoder().encodeToString("editor:editor-password".getBytes());
		String response = RawHttp.exchange(this.port, "POST /api/import HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", RawHttp.chunked(2 * 1024 * 1024));
		assertThat(response).startsWith("HTTP/1.1 413").contains("\"code\":\"TOO_COMPLEX\"");
		assertThat(exportJson("analyst")).isEqualTo(before);
	}

	@Test
	void shouldHoldUpUnderParallelOversizedBodies() throws Exception {
		// six parallel chunked bodies, each far over the limit: refused while read, never buffered whole
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(pool.submit(() -> RawHttp.exchange(this.port, "POST /graphql HTTP/1.1\r\n"
						+ "Host: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
						+ "Connection: close\r\n\r\n", RawHttp.chunked(8 * 1024 * 1024))));
			}
			for (Future<String> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
			}
		}
		finally {
			pool.shutdownNow();
		}
		http().get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void shouldHoldBackAUserAfterRepeatedFailuresEvenWithTheRightPassword() throws Exception {
		for (int i = 0; i < 3; i++) {
			signIn("editor", "wrong-" + i).expectStatus().isUnauthorized();
		}
		WebTestClient.ResponseSpec held = signIn("editor", "editor-password");
		held.expectStatus().isEqualTo(429);
		held.expectHeader().exists("Retry-After");
		held.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("RATE_LIMITED");
		// another user from the same address is not held back yet (the address allows 6)
		signIn("analyst", "analyst-password").expectStatus().isOk();
		Thread.sleep(3500);
		signIn("editor", "editor-password").expectStatus().isOk();
	}

	@Test
	void shouldHoldBackAnAddressAfterRepeatedFailures() {
		for (int i = 0; i < 6; i++) {
			signIn("user-" + i, "guess").expectStatus().isUnauthorized();
		}
		signIn("admin", "admin-password").expectStatus().isEqualTo(429);
		// anonymous reading goes on
		http().get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void shouldForgetAVerifiedPasswordOnceItIsChanged() {
		signIn("admin", "admin-password").expectStatus().isOk();
		this.users.updatePassword(this.users.loadUserByUsername("admin"), this.encoder.encode("new-admin-password"));
		try {
			signIn("admin", "admin-password").expectStatus().isUnauthorized();
			signIn("admin", "new-admin-password").expectStatus().isOk();
		}
		finally {
			this.users.updatePassword(this.users.loadUserByUsername("admin"), this.encoder.encode("admin-password"));
		}
	}

	private WebTestClient.ResponseSpec signIn(String user, String password) {
		return http().mutate()
			.defaultHeaders((headers) -> headers.setBasicAuth(user, password))
			.build()
			.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ about { version } }"))
			.exchange();
	}

	private static void assertTooLarge(WebTestClient.ResponseSpec response) {
		response.expectStatus().isEqualTo(413);
		response.expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("TOO_COMPLEX");
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
