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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The side-by-side benchmark (README, "Performance"): the service's jar and the Neo4j GraphQL Library
 * ({@code bench/peer}, Node) over the same embedded Neo4j, the same reference data, the same queries; and the
 * floor, the same data fetched by one hand-written Cypher statement through the Java driver from this process.
 * <p>
 * It starts the jar in a separate JVM with the documented run flags (a fresh data directory, seeded with the
 * reference data), the peer against that JVM's Bolt port, checks that every query gives the same answer on both
 * (and on the floor), then measures each query at each concurrency: a warm-up, then rounds that alternate the
 * three, and prints throughput, p50, p99 and the ratios. Not a test: {@code bench/side-by-side.sh}.
 */
public final class SideBySide {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final String LINK_TYPES = "['EQUIVALENT_TO','ADOPTS','CONTINUES','REFERENCES','SUPERSEDES','RELATED_TO']";

	/** A query as each side asks it, and how its answer is brought to one comparable form. */
	record Shape(String name, String service, String peer, String floor, Map<String, Object> parameters,
			Function<JsonNode, Object> fromService, Function<JsonNode, Object> fromPeer,
			Function<List<Map<String, Object>>, Object> fromFloor) {
	}

	/** What one side did in one measurement. */
	record Figures(double throughput, double p50, double p99, int requests, int failures) {
	}

	private SideBySide() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : ServiceProcess.findJar());
		String jvmFlags = args.length > 1 ? args[1] : "-XX:+UseSerialGC -Xmx512m";
		int seconds = Integer.getInteger("benchmark.seconds", 6);
		int rounds = Integer.getInteger("benchmark.rounds", 3);
		int[] concurrencies = Arrays.stream(System.getProperty("benchmark.concurrency", "1,8").split(","))
			.map(String::strip).mapToInt(Integer::parseInt).toArray();
		Path dataDir = Files.createTempDirectory("mvgraph-side-by-side-");
		int peerPort = ServiceProcess.freePort();
		Process peer = null;
		try (ServiceProcess service = new ServiceProcess(jar, jvmFlags, dataDir)) {
			double startSeconds = service.start();
			double warmUpSeconds = service.awaitWarmedUp(Duration.ofMinutes(3));
			String base = service.base();
			int boltPort = service.boltPort;
			String peerUrl = "http://127.0.0.1:" + peerPort + "/";
			ProcessBuilder peerBuilder = new ProcessBuilder("node", "server.mjs").directory(Path.of("bench", "peer").toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.INHERIT);
			peerBuilder.environment().put("BOLT_URI", "bolt://127.0.0.1:" + boltPort);
			peerBuilder.environment().put("PORT", Integer.toString(peerPort));
			peer = peerBuilder.start();
			try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none())) {
				awaitPeer(peerUrl, peer);
				List<Shape> shapes = shapes(driver);
				for (Shape shape : shapes) {
					compare(shape, base + "/graphql", peerUrl, driver);
				}
				System.out.printf(Locale.ROOT, "%nSide by side: mvgraph (%s) and @neo4j/graphql, %d cores, %d rounds of %d s each, "
						+ "service healthy %.1f s after its start, its own warm-up over %.1f s later%n", jvmFlags,
						Runtime.getRuntime().availableProcessors(), rounds, seconds, startSeconds, warmUpSeconds);
				System.out.println("| query | concurrency | mvgraph req/s | p50 ms | p99 ms | peer req/s | p50 ms | p99 ms | floor p50 ms "
						+ "| throughput mvgraph/peer | p50 mvgraph/floor |");
				System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
				for (Shape shape : shapes) {
					for (int concurrency : concurrencies) {
						Callable<Void> ours = () -> {
							post(base + "/graphql", shape.service(), shape.parameters());
							return null;
						};
						Callable<Void> theirs = () -> {
							post(peerUrl, shape.peer(), shape.parameters());
							return null;
						};
						Callable<Void> floor = () -> {
							floor(driver, shape);
							return null;
						};
						// warm-up: the JITs compile the paths, Neo4j caches the plans
						measure(ours, concurrency, 3);
						measure(theirs, concurrency, 3);
						measure(floor, concurrency, 2);
						List<double[]> mvgraph = new ArrayList<>();
						List<double[]> library = new ArrayList<>();
						List<double[]> cypher = new ArrayList<>();
						int[] failures = new int[2];
						for (int round = 0; round < rounds; round++) {
							mvgraph.add(measure(ours, concurrency, seconds));
							library.add(measure(theirs, concurrency, seconds));
							cypher.add(measure(floor, concurrency, seconds));
						}
						Figures a = figures(mvgraph, rounds * seconds);
						Figures b = figures(library, rounds * seconds);
						Figures c = figures(cypher, rounds * seconds);
						System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
								shape.name(), concurrency, a.throughput(), a.p50(), a.p99(), b.throughput(), b.p50(), b.p99(),
								c.p50(), a.throughput() / b.throughput(), a.p50() / c.p50());
					}
				}
				System.out.println("Service RSS after the runs: " + service.rssMiB() + " MiB");
			}
		}
		finally {
			if (peer != null) {
				peer.destroy();
			}
			ServiceProcess.deleteQuietly(dataDir);
		}
		System.exit(0);
	}

	// ---------------------------------------------------------------------------------------------------------
	// The queries

	static List<Shape> shapes(Driver driver) {
		List<Shape> shapes = new ArrayList<>();
		shapes.add(new Shape("50 work items with owner, topics, links", """
				{ workItems(first: 50, orderBy: ID) { edges { node { id designation title status
				  owner { id name } topics { id name } links { kind workItem { id } } } } } }""", """
				{ workItems(limit: 50, sort: [{ id: ASC }]) { id designation title status owner { id name } topics { id name }
				  equivalentTo { id } equivalentFrom { id } adopts { id } adoptedBy { id } continues { id } continuedBy { id }
				  references { id } referencedBy { id } supersedes { id } supersededBy { id } relatedTo { id } relatedFrom { id } } }""",
				"MATCH (w:WorkItem) WITH w ORDER BY w.id LIMIT 50 RETURN w {.id, .designation, .title, .status,"
						+ " owner: [(w)-[:OWNED_BY]->(b:Body) | b {.id, .name}][0],"
						+ " topics: [(w)-[:ABOUT]->(t:Topic) | t {.id, .name}],"
						+ " links: [(w)-[l]-(o:WorkItem) WHERE type(l) IN " + LINK_TYPES + " | {kind: type(l), id: o.id}]} AS item",
				Map.of(), (data) -> items(data.path("workItems").path("edges"), (edge) -> edge.path("node"), SideBySide::serviceLinks),
				(data) -> items(data.path("workItems"), Function.identity(), SideBySide::peerLinks),
				(rows) -> floorItems(rows)));
		String itemWithLiaisons = driver.executableQuery("""
				MATCH (w:WorkItem)<-[:CONCERNS]-(l:Liaison) RETURN w.id AS id, count(l) AS n ORDER BY n DESC, id LIMIT 1""")
			.execute().records().get(0).get("id").asString();
		shapes.add(new Shape("one work item with its liaisons and their bodies",
				"query($id: ID!) { workItem(id: $id) { id title liaisons { id title from { id name } to { id name } } } }",
				"query($id: ID!) { workItems(where: { id: { eq: $id } }) { id title liaisons { id title from { id name } to { id name } } } }",
				"MATCH (w:WorkItem {id: $id}) RETURN w {.id, .title, liaisons: [(w)<-[:CONCERNS]-(l:Liaison) | l {.id, .title,"
						+ " from: [(l)-[:FROM]->(b:Body) | b {.id, .name}][0], to: [(l)-[:TO]->(b:Body) | b {.id, .name}]}]} AS item",
				Map.of("id", itemWithLiaisons), (data) -> liaisons(data.path("workItem")),
				(data) -> liaisons(data.path("workItems").path(0)), (rows) -> floorLiaisons(rows.get(0))));
		// a study group with its Questions: the service's owner filter takes the bodies below it, the peer's is told
		String group = driver.executableQuery("""
				MATCH (g:Body {kind: 'ITU_T_SG'})<-[:PART_OF*0..1]-(:Body)<-[:OWNED_BY]-(w:WorkItem)
				RETURN g.id AS id, count(w) AS n ORDER BY n DESC, id LIMIT 1""").execute().records().get(0).get("id").asString();
		shapes.add(new Shape("work items of one study group",
				"query($id: ID!) { workItems(first: 200, orderBy: ID, filter: { owner: $id }) { edges { node { id title status owner { id } } } } }",
				"query($id: ID!) { workItems(limit: 200, sort: [{ id: ASC }], where: { OR: [{ owner: { some: { id: { eq: $id } } } },"
						+ " { owner: { some: { parent: { some: { id: { eq: $id } } } } } }] }) { id title status owner { id } } }",
				"MATCH (w:WorkItem)-[:OWNED_BY]->(:Body)-[:PART_OF*0..]->(:Body {id: $id}) WITH DISTINCT w ORDER BY w.id LIMIT 200"
						+ " RETURN w {.id, .title, .status, owner: [(w)-[:OWNED_BY]->(b:Body) | b.id][0]} AS item",
				Map.of("id", group), (data) -> ids(data.path("workItems").path("edges"), (edge) -> edge.path("node")),
				(data) -> ids(data.path("workItems"), Function.identity()),
				(rows) -> rows.stream().map((row) -> (String) ((Map<?, ?>) row.get("item")).get("id")).toList()));
		shapes.add(new Shape("a body with its children and their work items",
				"query($id: ID!) { body(id: $id) { id name children { id name workItems { id designation } } } }",
				"query($id: ID!) { bodies(where: { id: { eq: $id } }) { id name children { id name workItems { id designation } } } }",
				"MATCH (b:Body {id: $id}) RETURN b {.id, .name, children: [(b)<-[:PART_OF]-(c:Body) | c {.id, .name,"
						+ " workItems: [(c)<-[:OWNED_BY]-(w:WorkItem) | w {.id, .designation}]}]} AS item",
				Map.of("id", "iso-iec-jtc1"), (data) -> children(data.path("body")),
				(data) -> children(data.path("bodies").path(0)), (rows) -> floorChildren(rows.get(0))));
		return shapes;
	}

	private static Object items(JsonNode list, Function<JsonNode, JsonNode> node, Function<JsonNode, TreeSet<String>> links) {
		List<String> items = new ArrayList<>();
		for (JsonNode entry : list) {
			JsonNode item = node.apply(entry);
			JsonNode owner = item.path("owner").isArray() ? item.path("owner").path(0) : item.path("owner");
			TreeSet<String> topics = new TreeSet<>();
			item.path("topics").forEach((topic) -> topics.add(topic.path("id").asString()));
			items.add(item.path("id").asString() + "|" + item.path("status").asString() + "|" + owner.path("id").asString()
					+ "|" + topics + "|" + links.apply(item));
		}
		return items;
	}

	private static TreeSet<String> serviceLinks(JsonNode item) {
		TreeSet<String> links = new TreeSet<>();
		item.path("links").forEach((link) -> links.add(link.path("kind").asString() + ":" + link.path("workItem").path("id").asString()));
		return links;
	}

	private static TreeSet<String> peerLinks(JsonNode item) {
		TreeSet<String> links = new TreeSet<>();
		Map<String, String> kinds = Map.ofEntries(Map.entry("equivalentTo", "EQUIVALENT_TO"), Map.entry("equivalentFrom", "EQUIVALENT_TO"),
				Map.entry("adopts", "ADOPTS"), Map.entry("adoptedBy", "ADOPTS"), Map.entry("continues", "CONTINUES"),
				Map.entry("continuedBy", "CONTINUES"), Map.entry("references", "REFERENCES"), Map.entry("referencedBy", "REFERENCES"),
				Map.entry("supersedes", "SUPERSEDES"), Map.entry("supersededBy", "SUPERSEDES"), Map.entry("relatedTo", "RELATED_TO"),
				Map.entry("relatedFrom", "RELATED_TO"));
		kinds.forEach((field, kind) -> item.path(field).forEach((other) -> links.add(kind + ":" + other.path("id").asString())));
		return links;
	}

	@SuppressWarnings("unchecked")
	private static Object floorItems(List<Map<String, Object>> rows) {
		List<String> items = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> item = (Map<String, Object>) row.get("item");
			TreeSet<String> topics = new TreeSet<>();
			((List<Map<String, Object>>) item.get("topics")).forEach((topic) -> topics.add((String) topic.get("id")));
			TreeSet<String> links = new TreeSet<>();
			((List<Map<String, Object>>) item.get("links")).forEach((link) -> links.add(link.get("kind") + ":" + link.get("id")));
			Map<String, Object> owner = (Map<String, Object>) item.get("owner");
			items.add(item.get("id") + "|" + item.get("status") + "|" + (owner != null ? owner.get("id") : "") + "|" + topics + "|" + links);
		}
		return items;
	}

	private static Object liaisons(JsonNode item) {
		TreeSet<String> liaisons = new TreeSet<>();
		for (JsonNode liaison : item.path("liaisons")) {
			JsonNode from = liaison.path("from").isArray() ? liaison.path("from").path(0) : liaison.path("from");
			TreeSet<String> to = new TreeSet<>();
			liaison.path("to").forEach((body) -> to.add(body.path("id").asString()));
			liaisons.add(liaison.path("id").asString() + "|" + from.path("id").asString() + "|" + to);
		}
		return item.path("id").asString() + liaisons;
	}

	@SuppressWarnings("unchecked")
	private static Object floorLiaisons(Map<String, Object> row) {
		Map<String, Object> item = (Map<String, Object>) row.get("item");
		TreeSet<String> liaisons = new TreeSet<>();
		for (Map<String, Object> liaison : (List<Map<String, Object>>) item.get("liaisons")) {
			TreeSet<String> to = new TreeSet<>();
			((List<Map<String, Object>>) liaison.get("to")).forEach((body) -> to.add((String) body.get("id")));
			liaisons.add(liaison.get("id") + "|" + ((Map<String, Object>) liaison.get("from")).get("id") + "|" + to);
		}
		return item.get("id") + liaisons.toString();
	}

	private static Object ids(JsonNode list, Function<JsonNode, JsonNode> node) {
		List<String> ids = new ArrayList<>();
		list.forEach((entry) -> ids.add(node.apply(entry).path("id").asString()));
		return ids;
	}

	private static Object children(JsonNode body) {
		TreeSet<String> children = new TreeSet<>();
		for (JsonNode child : body.path("children")) {
			TreeSet<String> items = new TreeSet<>();
			child.path("workItems").forEach((item) -> items.add(item.path("id").asString()));
			children.add(child.path("id").asString() + items);
		}
		return body.path("id").asString() + children;
	}

	@SuppressWarnings("unchecked")
	private static Object floorChildren(Map<String, Object> row) {
		Map<String, Object> body = (Map<String, Object>) row.get("item");
		TreeSet<String> children = new TreeSet<>();
		for (Map<String, Object> child : (List<Map<String, Object>>) body.get("children")) {
			TreeSet<String> items = new TreeSet<>();
			((List<Map<String, Object>>) child.get("workItems")).forEach((item) -> items.add((String) item.get("id")));
			children.add(child.get("id") + items.toString());
		}
		return body.get("id") + children.toString();
	}

	// ---------------------------------------------------------------------------------------------------------
	// Running

	private static void compare(Shape shape, String service, String peer, Driver driver) throws Exception {
		Object ours = shape.fromService().apply(post(service, shape.service(), shape.parameters()));
		Object theirs = shape.fromPeer().apply(post(peer, shape.peer(), shape.parameters()));
		Object floor = shape.fromFloor().apply(floor(driver, shape));
		if (!Objects.equals(ours, theirs) || !Objects.equals(ours, floor)) {
			throw new IllegalStateException("The answers differ for '" + shape.name() + "':\n mvgraph " + ours + "\n peer    "
					+ theirs + "\n floor   " + floor);
		}
		System.out.println("Same answers: " + shape.name() + " (" + size(ours) + ")");
	}

	private static String size(Object answer) {
		return answer instanceof List<?> list ? list.size() + " rows" : "one record";
	}

	private static List<Map<String, Object>> floor(Driver driver, Shape shape) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			return session.executeRead((tx) -> tx.run(shape.floor(), Values.value(shape.parameters()))
				.list((record) -> record.asMap()));
		}
	}

	private static JsonNode post(String url, String query, Map<String, Object> variables) throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode answer = JSON.readTree(response.body());
		if (response.statusCode() != 200 || answer.has("errors")) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return answer.path("data");
	}

	/** Runs {@code call} from {@code concurrency} threads for {@code seconds}; the latencies in ms. */
	private static double[] measure(Callable<Void> call, int concurrency, int seconds) throws Exception {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<List<Double>>> workers = new ArrayList<>();
			for (int i = 0; i < concurrency; i++) {
				workers.add(pool.submit(() -> {
					List<Double> latencies = new ArrayList<>();
					while (System.nanoTime() < until) {
						long start = System.nanoTime();
						try {
							call.call();
							latencies.add((System.nanoTime() - start) / 1e6);
						}
						catch (Exception ex) {
							latencies.add(Double.NaN);
						}
					}
					return latencies;
				}));
			}
			List<Double> all = new ArrayList<>();
			for (Future<List<Double>> worker : workers) {
				all.addAll(worker.get());
			}
			return all.stream().mapToDouble(Double::doubleValue).toArray();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Figures figures(List<double[]> rounds, int seconds) {
		double[] all = rounds.stream().flatMapToDouble(Arrays::stream).toArray();
		int failures = (int) Arrays.stream(all).filter(Double::isNaN).count();
		double[] ok = Arrays.stream(all).filter((value) -> !Double.isNaN(value)).sorted().toArray();
		return new Figures(ok.length / (double) seconds, percentile(ok, 50), percentile(ok, 99), all.length, failures);
	}

	private static double percentile(double[] sorted, int percentile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void awaitPeer(String url, Process process) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The peer stopped during start-up: is bench/peer installed (npm ci)?");
			}
			try {
				post(url, "{ __typename }", Map.of());
				return;
			}
			catch (IOException | IllegalStateException ex) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("The peer did not answer within a minute");
	}

}
