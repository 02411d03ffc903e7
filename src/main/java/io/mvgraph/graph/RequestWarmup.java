package io.mvgraph.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the query plans, sends the service a few thousand ordinary GraphQL reads over its own HTTP port, one at a
 * time, so that the JIT compiles the whole request path (Tomcat, security, graphql-java, the compiled Cypher,
 * Jackson) before users arrive: measured on 2 cores, a cold service answers a small read in 10-30 ms and needs
 * some 5,000 requests to settle near 1.5 ms. Bounded by a count and a time ({@code mvgraph.warmup.*}); the
 * reads are anonymous, so they change nothing and see only the public roadmap.
 */
final class RequestWarmup {

	private static final Logger log = LoggerFactory.getLogger(RequestWarmup.class);

	private static final Pattern FIRST_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

	private final URI graphql;

	private final int requests;

	private final Duration limit;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	RequestWarmup(URI graphql, int requests, Duration limit) {
		this.graphql = graphql;
		this.requests = requests;
		this.limit = limit;
	}

	void run() {
		long started = System.nanoTime();
		long until = started + this.limit.toNanos();
		String item = firstId("{ workItems(first: 1, orderBy: ID) { edges { node { id } } } }");
		String body = firstId("{ bodies(first: 1) { edges { node { id } } } }");
		List<String> reads = List.of(
				"{ workItems(first: 50, orderBy: ID) { totalCount pageInfo { hasNextPage endCursor } edges { node { id designation"
						+ " title status startDate publishedDate targetDate owner { id name } topics { id name }"
						+ " links { kind workItem { id } } liaisons { id title from { id } } } } } }",
				"{ workItem(id: \"" + item + "\") { id title status owner { id name parent { id } } topics { id }"
						+ " liaisons { id title kind from { id name } to { id name } concerns { id } } } }",
				"{ body(id: \"" + body + "\") { id name kind parent { id } children { id name workItems { id designation } } } }",
				"{ workItems(first: 100, filter: { owner: \"" + body + "\" }) { edges { node { id title status owner { id } } } } }",
				"{ bodies(first: 30) { edges { node { id name acronym kind parent { id } children { id } } } } }",
				"{ liaisons(first: 20) { edges { node { id title purpose sentOn from { id } to { id } replies { id } } } } }",
				"{ topics { id name parent { id } children { id } } }",
				"{ search(text: \"metaverse\", first: 10) { score workItem { id title } } }");
		int sent = 0;
		int failed = 0;
		while (sent < this.requests && System.nanoTime() < until) {
			String query = reads.get(sent % reads.size());
			try {
				if (post(query).statusCode() != 200) {
					failed++;
				}
			}
			catch (IOException ex) {
				failed++;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			sent++;
			if (failed > 20) {
				break; // the service is not answering as expected: leave it alone
			}
		}
		log.info("Request path warmed up: {} GraphQL reads in {} ms{}", sent, (System.nanoTime() - started) / 1_000_000,
				failed > 0 ? " (" + failed + " did not answer 200)" : "");
	}

	private String firstId(String query) {
		try {
			Matcher matcher = FIRST_ID.matcher(post(query).body());
			return matcher.find() ? matcher.group(1) : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private HttpResponse<String> post(String query) throws IOException, InterruptedException {
		String json = "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		return this.http.send(HttpRequest.newBuilder(this.graphql)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
