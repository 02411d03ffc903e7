package io.mvgraph.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.stream.Stream;

/**
 * The service's jar in a JVM of its own, as a user runs it (the README's flags), on a data directory and free ports:
 * for the benchmarks and the fault runs, which must not share the measuring JVM with the service.
 */
final class ServiceProcess implements AutoCloseable {

	static final String PASSWORD = "benchmark-password";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final List<String> command;

	private final Path log;

	final Path dataDir;

	final int httpPort;

	final int boltPort;

	private Process process;

	ServiceProcess(Path jar, String jvmFlags, Path dataDir, String... arguments) throws IOException {
		this.dataDir = dataDir;
		this.httpPort = freePort();
		this.boltPort = freePort();
		this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
		this.command = new ArrayList<>();
		this.command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		this.command.addAll(Arrays.asList(jvmFlags.trim().split("\\s+")));
		this.command.addAll(List.of("-jar", jar.toString(), "--server.port=" + this.httpPort,
				"--mvgraph.embedded.bolt-port=" + this.boltPort, "--mvgraph.embedded.data-dir=" + dataDir,
				"--mvgraph.users.editor-password=" + PASSWORD, "--mvgraph.users.analyst-password=" + PASSWORD,
				"--mvgraph.users.admin-password=" + PASSWORD));
		this.command.addAll(Arrays.asList(arguments));
	}

	/** Starts the JVM and waits until its health is UP; the seconds it took. */
	double start() throws Exception {
		long started = System.nanoTime();
		this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		awaitHealthy(Duration.ofMinutes(3));
		return (System.nanoTime() - started) / 1e9;
	}

	String base() {
		return "http://127.0.0.1:" + this.httpPort;
	}

	long pid() {
		return this.process.pid();
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	Path log() {
		return this.log;
	}

	/** kill -9: no shutdown hook, no checkpoint. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** The resident memory of the JVM, in MiB (-1 where /proc is not there). */
	long rssMiB() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return -1;
	}

	/**
	 * Waits until the service says its start-up warm-up (query plans, then the request path) is over, so that a
	 * measurement does not compete with it for the cores; the seconds waited.
	 */
	double awaitWarmedUp(Duration timeout) throws Exception {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(this.log) && Files.readString(this.log).contains("Request path warmed up")) {
				break;
			}
			Thread.sleep(500);
		}
		return (System.nanoTime() - started) / 1e9;
	}

	void awaitHealthy(Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The service stopped during start-up: see " + this.log);
			}
			try {
				HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
					.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The service was not healthy within " + timeout + ": see " + this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (alive()) {
			this.process.destroy();
			this.process.waitFor();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String findJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
				.map(Path::toString)
				.sorted(Comparator.naturalOrder())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No jar in target/: run ./mvnw package -DskipTests first"));
		}
	}

	static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory
		}
	}

}
