package io.mvgraph.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault and load runs of the README ("Security and limits"), against the jar in a JVM of its own with the
 * documented flags, on this machine only (127.0.0.1), each bounded in count and time: kill -9 during an import, a
 * full disk (a small tmpfs, as root), slow clients, huge bodies, brute force, conflicting writers, and mixed load
 * with the memory sampled. Prints the figures of each. Not a test: {@code bench/fault-runs.sh}.
 */
public final class FaultRuns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final String EDITOR = "Basic " + Base64.getEncoder()
		.encodeToString(("editor:" + ServiceProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final String READ = "{ workItems(first: 50) { edges { node { id title owner { id } topics { id } } } } }";

	private final Path jar;

	private final String flags;

	private final List<String> figures = new ArrayList<>();

	private FaultRuns(Path jar, String flags) {
		this.jar = jar;
		this.flags = flags;
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args.length > 0 ? args[0] : ServiceProcess.findJar());
		String flags = args.length > 1 ? args[1] : "-XX:+UseSerialGC -Xmx512m";
		List<String> only = Arrays.asList(System.getProperty("faults.only", "").split(","));
		int mixedSeconds = Integer.getInteger("faults.mixed-seconds", 60);
		FaultRuns runs = new FaultRuns(jar, flags);
		Map<String, ThrowingRun> scenarios = new java.util.LinkedHashMap<>();
		scenarios.put("kill", runs::killDuringImport);
		scenarios.put("disk", runs::diskFull);
		scenarios.put("slow", runs::slowClients);
		scenarios.put("bodies", runs::hugeBodies);
		scenarios.put("brute", runs::bruteForce);
		scenarios.put("writers", runs::conflictingWriters);
		scenarios.put("mixed", () -> runs.mixedLoad(mixedSeconds));
		for (Map.Entry<String, ThrowingRun> scenario : scenarios.entrySet()) {
			if (!only.get(0).isEmpty() && !only.contains(scenario.getKey())) {
				continue;
			}
			System.out.println("== " + scenario.getKey());
			try {
				scenario.getValue().run();
			}
			catch (Exception ex) {
				runs.figure(scenario.getKey() + ": FAILED: " + ex);
			}
		}
		System.out.println();
		System.out.println("Fault runs with " + flags + ", " + Runtime.getRuntime().availableProcessors() + " cores:");
		runs.figures.forEach((line) -> System.out.println("- " + line));
		System.exit(0);
	}

	interface ThrowingRun {

		void run() throws Exception;

	}

	private void figure(String line) {
		System.out.println(line);
		this.figures.add(line);
	}

	private ServiceProcess service(Path dataDir, String... arguments) throws IOException {
		return new ServiceProcess(this.jar, this.flags, dataDir, arguments);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** kill -9 while an import runs: after the restart the import is there whole or not at all. */
	void killDuringImport() throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-kill-");
		byte[] file = JSON.writeValueAsBytes(SyntheticRoadmap.dataset(3000, 7L));
		int whole = 0;
		int none = 0;
		int torn = 0;
		try {
			for (int round = 0; round < 3; round++) {
				try (ServiceProcess service = service(dataDir)) {
					service.start();
					int before = count(service);
					Future<?> upload = Executors.newSingleThreadExecutor().submit(() -> post(service.base() + "/api/import",
							"application/json", file, EDITOR));
					Thread.sleep(1500 + round * 700L);
					service.kill();
					upload.cancel(true);
					service.start();
					int after = count(service);
					if (after == before) {
						none++;
					}
					else if (after == before + 3000 || after == 3000 + 375) {
						whole++;
					}
					else {
						torn++;
					}
					// the next round imports again: start from what is there
					if (after != before) {
						break;
					}
				}
			}
			// an acknowledged import survives kill -9 at once after its answer
			int acknowledged;
			try (ServiceProcess service = service(dataDir)) {
				service.start();
				HttpResponse<String> answer = post(service.base() + "/api/import", "application/json", JSON.writeValueAsBytes(
						SyntheticRoadmap.dataset(50, 11L)), EDITOR);
				service.kill();
				service.start();
				acknowledged = answer.statusCode() == 200 ? count(service) : -1;
			}
			figure(String.format(Locale.ROOT, "kill -9 during a 3,000-item import: %d rounds all or nothing (%d none, %d whole), %d torn; "
					+ "an acknowledged import after kill -9: %s", none + whole, none, whole, torn,
					acknowledged > 0 ? "present (" + acknowledged + " work items)" : "MISSING"));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	/** A data directory on a small filesystem: writes are refused before Neo4j runs out of space; a restart keeps every acknowledged write. */
	void diskFull() throws Exception {
		Path mount = Path.of("/tmp/mvgraph-fault-disk");
		Files.createDirectories(mount);
		Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=120m", "tmpfs", mount.toString())
			.redirectErrorStream(true).start();
		if (mounting.waitFor() != 0) {
			figure("disk full: skipped (mounting a tmpfs needs root): " + new String(mounting.getInputStream().readAllBytes()).strip());
			return;
		}
		try {
			Path dataDir = mount.resolve("data");
			int acknowledged = 0;
			int refused = 0;
			String refusal = "";
			int items = 0;
			try (ServiceProcess service = service(dataDir, "--mvgraph.disk.min-free=60MB", "--mvgraph.disk.check-interval=1s",
					"--mvgraph.seed=false", "--mvgraph.embedded.page-cache=16MB")) {
				service.start();
				for (int i = 0; i < 60 && refused == 0; i++) {
					HttpResponse<String> answer = post(service.base() + "/api/import", "application/json",
							JSON.writeValueAsBytes(SyntheticRoadmap.dataset(400, 100L + i)), EDITOR);
					if (answer.statusCode() == 200) {
						acknowledged++;
						items = count(service);
					}
					else {
						refused++;
						refusal = answer.statusCode() + " " + code(answer.body());
					}
					Thread.sleep(1200);
				}
				HttpResponse<String> health = get(service.base() + "/actuator/health");
				HttpResponse<String> read = post(service.base() + "/graphql", "application/json",
						JSON.writeValueAsBytes(Map.of("query", READ)), null);
				figure(String.format(Locale.ROOT, "disk full (120 MB tmpfs, threshold 60 MB): %d imports acknowledged, then refused with %s; "
						+ "health %d %s; reads %d", acknowledged, refusal.isEmpty() ? "nothing (threshold never reached)" : refusal,
						health.statusCode(), status(health.body()), read.statusCode()));
			}
			try (ServiceProcess again = service(dataDir, "--mvgraph.disk.min-free=1MB", "--mvgraph.seed=false",
					"--mvgraph.embedded.page-cache=16MB")) {
				again.start();
				figure(String.format(Locale.ROOT, "disk full, restart: healthy, %d work items (acknowledged before: %d)", count(again), items));
			}
		}
		finally {
			new ProcessBuilder("umount", mount.toString()).start().waitFor();
		}
	}

	/** 300 connections that send their headers, then a byte every 5 s: health and reads keep answering. */
	void slowClients() throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-slow-");
		try (ServiceProcess service = service(dataDir)) {
			service.start();
			List<Socket> sockets = new ArrayList<>();
			for (int i = 0; i < 300; i++) {
				try {
					Socket socket = new Socket("127.0.0.1", service.httpPort);
					socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
							+ "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
					sockets.add(socket);
				}
				catch (IOException ex) {
					break;
				}
			}
			ExecutorService trickle = Executors.newSingleThreadExecutor();
			trickle.submit(() -> {
				for (int round = 0; round < 8 && !Thread.currentThread().isInterrupted(); round++) {
					for (Socket socket : sockets) {
						try {
							socket.getOutputStream().write(' ');
						}
						catch (IOException ex) {
							// closed by the server: that is the point
						}
					}
					try {
						Thread.sleep(5000);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			List<Double> health = new ArrayList<>();
			List<Double> reads = new ArrayList<>();
			int failed = 0;
			long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
			while (System.nanoTime() < until) {
				long start = System.nanoTime();
				failed += get(service.base() + "/actuator/health").statusCode() == 200 ? 0 : 1;
				health.add((System.nanoTime() - start) / 1e6);
				start = System.nanoTime();
				failed += get(service.base() + "/").statusCode() == 200 ? 0 : 1;
				reads.add((System.nanoTime() - start) / 1e6);
				Thread.sleep(200);
			}
			trickle.shutdownNow();
			int open = 0;
			for (Socket socket : sockets) {
				open += socket.isClosed() || socket.isInputShutdown() ? 0 : 1;
				socket.close();
			}
			figure(String.format(Locale.ROOT, "300 slow-body connections for 40 s: health p99 %.0f ms, page p99 %.0f ms, %d failed of %d; "
					+ "%d connections opened", percentile(health, 99), percentile(reads, 99), failed, health.size() + reads.size(), open));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	/** 6 parallel bodies of 95 MB, chunked and announced: refused before they are read, no OutOfMemoryError. */
	void hugeBodies() throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-bodies-");
		try (ServiceProcess service = service(dataDir)) {
			service.start();
			ExecutorService pool = Executors.newFixedThreadPool(6);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				boolean chunked = i % 2 == 0;
				answers.add(pool.submit(() -> hugePost(service, chunked)));
			}
			List<String> statuses = new ArrayList<>();
			for (Future<String> answer : answers) {
				statuses.add(answer.get(120, TimeUnit.SECONDS));
			}
			pool.shutdownNow();
			boolean oom = Files.readString(service.log()).contains("OutOfMemoryError");
			figure(String.format(Locale.ROOT, "6 parallel 95 MB bodies: answers %s; OutOfMemoryError in the log: %s; health after: %d",
					statuses, oom ? "YES" : "no", get(service.base() + "/actuator/health").statusCode()));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	private static String hugePost(ServiceProcess service, boolean chunked) {
		byte[] block = new byte[64 * 1024];
		Arrays.fill(block, (byte) ' ');
		try (Socket socket = new Socket("127.0.0.1", service.httpPort)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (95L << 20) + "\r\n") + "\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			long sent = 0;
			try {
				while (sent < (95L << 20)) {
					if (chunked) {
						out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
					}
					out.write(block);
					if (chunked) {
						out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					}
					sent += block.length;
				}
			}
			catch (IOException ex) {
				// the server closed the connection early: read what it said
			}
			InputStream in = socket.getInputStream();
			String head = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
			return head.isEmpty() ? "closed" : head.substring(9, Math.min(12, head.length())) + (head.contains("TOO_COMPLEX") ? " TOO_COMPLEX" : "");
		}
		catch (IOException ex) {
			return "closed";
		}
	}

	/** 300 wrong passwords: refused, then rate limited; another user's sign-in keeps its speed. */
	void bruteForce() throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-brute-");
		try (ServiceProcess service = service(dataDir)) {
			service.start();
			String analyst = "Basic " + Base64.getEncoder().encodeToString(("analyst:" + ServiceProcess.PASSWORD).getBytes(StandardCharsets.UTF_8));
			List<Double> quiet = timedReads(service, analyst, 50);
			AtomicInteger unauthorized = new AtomicInteger();
			AtomicInteger limited = new AtomicInteger();
			ExecutorService attackers = Executors.newFixedThreadPool(16);
			for (int i = 0; i < 300; i++) {
				int attempt = i;
				attackers.submit(() -> {
					String wrong = "Basic " + Base64.getEncoder().encodeToString(("editor:wrong-" + attempt).getBytes(StandardCharsets.UTF_8));
					int status = post(service.base() + "/graphql", "application/json", JSON.writeValueAsBytes(Map.of("query", READ)), wrong)
						.statusCode();
					(status == 429 ? limited : unauthorized).incrementAndGet();
					return null;
				});
			}
			List<Double> attacked = timedReads(service, analyst, 50);
			attackers.shutdown();
			attackers.awaitTermination(2, TimeUnit.MINUTES);
			long logged = Files.readAllLines(service.log()).stream().filter((line) -> line.contains("sign-in") || line.contains("Sign-in")).count();
			figure(String.format(Locale.ROOT, "300 wrong passwords from 16 clients: %d refused (401), %d rate limited (429), %d log lines; "
					+ "another user's p50 %.1f ms quiet, %.1f ms during the attack", unauthorized.get(), limited.get(), logged,
					percentile(quiet, 50), percentile(attacked, 50)));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	/** 2 x 200 writers of one record, each with the version it read: every update counted, none lost. */
	void conflictingWriters() throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-writers-");
		try (ServiceProcess service = service(dataDir)) {
			service.start();
			String id = "itu-t-h-430-1";
			int first = version(service, id);
			AtomicInteger succeeded = new AtomicInteger();
			AtomicInteger conflicts = new AtomicInteger();
			AtomicInteger other = new AtomicInteger();
			ExecutorService writers = Executors.newFixedThreadPool(2);
			for (int writer = 0; writer < 2; writer++) {
				int me = writer;
				writers.submit(() -> {
					for (int i = 0; i < 200; i++) {
						int version = version(service, id);
						String mutation = "mutation { updateWorkItem(id: \"" + id + "\", version: " + version + ", input: { note: \"writer "
								+ me + " " + i + "\" }) { version } }";
						String body = post(service.base() + "/graphql", "application/json", JSON.writeValueAsBytes(Map.of("query", mutation)),
								EDITOR).body();
						if (body.contains("\"errors\"")) {
							(body.contains("CONFLICT") ? conflicts : other).incrementAndGet();
						}
						else {
							succeeded.incrementAndGet();
						}
					}
					return null;
				});
			}
			writers.shutdown();
			writers.awaitTermination(5, TimeUnit.MINUTES);
			int last = version(service, id);
			figure(String.format(Locale.ROOT, "2 x 200 conflicting writers: %d updates, %d CONFLICT, %d other errors; version %d -> %d (%s)",
					succeeded.get(), conflicts.get(), other.get(), first, last,
					last - first == succeeded.get() ? "no lost update" : "LOST UPDATES"));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	/** Reads from 8 connections and a write a second; latency and resident memory sampled. */
	void mixedLoad(int seconds) throws Exception {
		Path dataDir = Files.createTempDirectory("mvgraph-fault-mixed-");
		try (ServiceProcess service = service(dataDir)) {
			service.start();
			timedReads(service, null, 200);
			List<Long> rss = new java.util.concurrent.CopyOnWriteArrayList<>();
			List<Double> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();
			AtomicInteger errors = new AtomicInteger();
			long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
			ExecutorService pool = Executors.newFixedThreadPool(10);
			for (int i = 0; i < 8; i++) {
				pool.submit(() -> {
					while (System.nanoTime() < until) {
						long start = System.nanoTime();
						HttpResponse<String> answer = post(service.base() + "/graphql", "application/json",
								JSON.writeValueAsBytes(Map.of("query", READ)), null);
						latencies.add((System.nanoTime() - start) / 1e6);
						if (answer.statusCode() != 200 || answer.body().contains("\"errors\"")) {
							errors.incrementAndGet();
						}
					}
					return null;
				});
			}
			pool.submit(() -> {
				int i = 0;
				while (System.nanoTime() < until) {
					int version = version(service, "itu-t-h-430-2");
					post(service.base() + "/graphql", "application/json", JSON.writeValueAsBytes(Map.of("query",
							"mutation { updateWorkItem(id: \"itu-t-h-430-2\", version: " + version + ", input: { note: \"load " + i++
									+ "\" }) { version } }")), EDITOR);
					Thread.sleep(1000);
				}
				return null;
			});
			pool.submit(() -> {
				while (System.nanoTime() < until) {
					rss.add(service.rssMiB());
					Thread.sleep(5000);
				}
				return null;
			});
			pool.shutdown();
			pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
			long firstRss = rss.isEmpty() ? -1 : rss.get(Math.min(1, rss.size() - 1));
			long lastRss = rss.isEmpty() ? -1 : rss.get(rss.size() - 1);
			figure(String.format(Locale.ROOT, "mixed load %d s (8 reading connections, a write a second): %d reads, %d errors, p50 %.0f ms, "
					+ "p99 %.0f ms; RSS %d -> %d MiB (%+.1f%%)", seconds, latencies.size(), errors.get(), percentile(latencies, 50),
					percentile(latencies, 99), firstRss, lastRss, firstRss > 0 ? 100.0 * (lastRss - firstRss) / firstRss : 0));
		}
		finally {
			ServiceProcess.deleteQuietly(dataDir);
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	private static List<Double> timedReads(ServiceProcess service, String authorization, int count) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			post(service.base() + "/graphql", "application/json", JSON.writeValueAsBytes(Map.of("query", READ)), authorization);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return millis;
	}

	private static int count(ServiceProcess service) throws Exception {
		HttpResponse<String> answer = post(service.base() + "/graphql", "application/json",
				JSON.writeValueAsBytes(Map.of("query", "{ about { counts { workItems } } }")), null);
		return JSON.readTree(answer.body()).path("data").path("about").path("counts").path("workItems").asInt(-1);
	}

	private static int version(ServiceProcess service, String id) throws Exception {
		HttpResponse<String> answer = post(service.base() + "/graphql", "application/json",
				JSON.writeValueAsBytes(Map.of("query", "{ workItem(id: \"" + id + "\") { version } }")), null);
		return JSON.readTree(answer.body()).path("data").path("workItem").path("version").asInt(-1);
	}

	private static String code(String body) {
		try {
			JsonNode errors = JSON.readTree(body).path("errors");
			return errors.path(0).path("extensions").path("code").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private static String status(String body) {
		try {
			return JSON.readTree(body).path("status").asString("");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String url, String type, byte[] body, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(3))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static double percentile(List<Double> values, int percentile) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
