package io.mvgraph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.mvgraph.MvgraphApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The analysis benchmark (README, "Scale"): for each size, a fresh embedded Neo4j in a temporary directory, the
 * whole service on a free port, the synthetic roadmap bulk-loaded into it ({@link BulkLoader}), then the analysis
 * queries over HTTP, warm, with their p50 and p95. Not a test: run it with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:exec} ({@code -Dbenchmark.sizes=1000,10000,50000}).
 */
public final class Benchmark {

	/** Users must have a password; nobody signs in during the benchmark. */
	private static final String PASSWORD = "benchmark-password";

	private static final Map<String, String> QUERIES = new LinkedHashMap<>();

	static {
		QUERIES.put("coordinationGaps",
				"{ coordinationGaps(first: 50) { a { id } b { id } score sharedTerms sharedTopics { id } coordinated } }");
		QUERIES.put("overlaps",
				"{ overlaps(first: 50) { a { id } b { id } score sharedTerms sharedTopics { id } coordinated liaisons { id } } }");
		QUERIES.put("topicGaps", "{ topicGaps { topic { id } kind workItemCount bodies { id } } }");
		QUERIES.put("coverage", "{ coverage { topics { id } bodies { id } cells { topicId bodyId count } } }");
	}

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,50000").split(","))
			.map(String::strip)
			.mapToInt(Integer::parseInt)
			.toArray();
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		long started = System.nanoTime();
		List<String> table = new ArrayList<>();
		table.add(String.format(Locale.ROOT, "| %-9s | %-16s | %9s | %9s |", "items", "query", "p50 ms", "p95 ms"));
		table.add("|-----------|------------------|-----------|-----------|");
		List<String> notes = new ArrayList<>();
		for (int size : sizes) {
			Map<String, double[]> result = run(size, requests, notes);
			result.forEach((query, percentiles) -> table.add(String.format(Locale.ROOT, "| %9d | %-16s | %9.1f | %9.1f |",
					size, query, percentiles[0], percentiles[1])));
		}
		System.out.println();
		System.out.println("Analysis benchmark, " + requests + " warm requests per query, " + Runtime.getRuntime().availableProcessors()
				+ " cores, load average at the end " + loadAverage());
		table.forEach(System.out::println);
		notes.forEach(System.out::println);
		System.out.printf(Locale.ROOT, "Total %.0f s%n", (System.nanoTime() - started) / 1e9);
		System.exit(0);
	}

	private static Map<String, double[]> run(int size, int requests, List<String> notes) throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-benchmark-" + size + "-");
		String loadBefore = loadAverage();
		// command-line arguments: they override application.yml
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MvgraphApplication.class).run(
				"--server.port=0", "--mvgraph.seed=false", "--mvgraph.embedded.bolt-port=0",
				"--mvgraph.embedded.data-dir=" + dataDir.toAbsolutePath(), "--mvgraph.embedded.page-cache=256MB",
				"--mvgraph.import.max-size=256MB", "--mvgraph.users.editor-password=" + PASSWORD,
				"--mvgraph.users.analyst-password=" + PASSWORD, "--mvgraph.users.admin-password=" + PASSWORD,
				"--logging.level.root=WARN", "--logging.level.io.mvgraph.analysis.OverlapModelCache=INFO");
		try {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://localhost:" + port;
			Map<String, Object> dataset = SyntheticRoadmap.dataset(size, 20251009L);
			long loadStart = System.nanoTime();
			new BulkLoader(context.getBean(Neo4jClient.class)).load(dataset);
			double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
			// the first question after the import builds the overlap model: the cold cost of a change
			long coldStart = System.nanoTime();
			post(base, QUERIES.get("coordinationGaps"));
			double coldMillis = (System.nanoTime() - coldStart) / 1e6;
			Map<String, double[]> result = new LinkedHashMap<>();
			for (Map.Entry<String, String> query : QUERIES.entrySet()) {
				// warm: the JIT compiles the path and Neo4j caches the plans
				for (int i = 0; i < 50; i++) {
					post(base, query.getValue());
				}
				double[] millis = new double[requests];
				for (int i = 0; i < requests; i++) {
					long start = System.nanoTime();
					post(base, query.getValue());
					millis[i] = (System.nanoTime() - start) / 1e6;
				}
				Arrays.sort(millis);
				result.put(query.getKey(), new double[] { percentile(millis, 50), percentile(millis, 95) });
			}
			notes.add(String.format(Locale.ROOT,
					"%d items: bulk load %.1f s; first coordinationGaps after it (builds the overlap model) %.0f ms; load average before %s",
					size, loadSeconds, coldMillis, loadBefore));
			return result;
		}
		finally {
			context.close();
			deleteQuietly(dataDir);
		}
	}

	private static String post(String base, String query) throws IOException, InterruptedException {
		String body = "{\"query\":" + quote(query) + "}";
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.timeout(Duration.ofMinutes(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("Query failed: " + response.body());
		}
		return response.body();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory: the system cleans it eventually
		}
	}

}
