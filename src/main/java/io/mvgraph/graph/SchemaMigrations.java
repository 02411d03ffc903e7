package io.mvgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import io.mvgraph.api.StartupParts;
import io.mvgraph.embedded.EmbeddedNeo4jStart;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations of {@code cypher/migrations} with Neo4j-Migrations, before anything else
 * touches the graph. The library's Boot starter does not exist for Boot 4 here, so its core is called with
 * the service's own driver (stack notes).
 * <p>
 * They run on a thread of their own as soon as the graph is there (the embedded Neo4j's own start thread
 * finishing, or at once for an external one), while Spring is still building the GraphQL schema, security and
 * the web layer; whatever writes to the graph at start-up ({@link #apply()}: the seeder, then this bean once every
 * bean exists) waits for them. Measured on a first start: the migrations themselves take about 2 s, and the
 * first Cypher statement of the JVM about as much again (the Bolt connection and the Cypher planner's classes), so
 * doing both beside Spring's set-up takes them off the path to "ready" where the cores allow.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private final Driver driver;

	private final EmbeddedNeo4jStart embedded;

	private final StartupParts parts;

	private final CompletableFuture<Duration> applied = new CompletableFuture<>();

	private volatile boolean waitedFor;

	SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4jStart> embedded, StartupParts parts) {
		this.driver = driver;
		// resolved here, on the thread that builds the beans, not on the migrations' own thread
		this.embedded = embedded.getIfAvailable();
		this.parts = parts;
		Thread thread = new Thread(this::run, "schema-migrations");
		thread.setDaemon(true);
		thread.start();
	}

	/** The .cypher files under the given class path folders ("cypher/migrations"), in jars or directories. */
	static List<URL> cypherFiles(List<String> paths) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
				SchemaMigrations.class.getClassLoader());
		List<URL> files = new ArrayList<>();
		for (String path : paths) {
			try {
				for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*.cypher")) {
					files.add(resource.getURL());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list the migrations in " + path, ex);
			}
		}
		return files;
	}

	private void run() {
		try {
			if (this.embedded != null) {
				this.parts.recordBeside("embedded Neo4j", this.embedded.await().startedIn());
			}
			long started = System.nanoTime();
			// the JVM's first statement, timed apart: it pays for the Bolt connection and for loading and
			// compiling the Cypher planner, whatever statement it is
			this.driver.executableQuery("RETURN 1").execute();
			Duration first = Duration.ofNanos(System.nanoTime() - started);
			Migrations migrations = new Migrations(MigrationsConfig.builder()
				.withLocationsToScan(LOCATION)
				.withAutocrlf(true)
				// Spring finds the .cypher files; the library's default (ClassGraph over every jar) costs seconds
				.withResourceScanner(SchemaMigrations::cypherFiles)
				.withMigrationClassesDiscoverer((context) -> List.of())
				.build(), this.driver);
			Optional<String> version = migrations.apply().map(Object::toString);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			this.parts.recordBeside("schema migrations", took, "of which the first Cypher statement "
					+ StartupParts.seconds(first) + " s");
			log.info("Graph schema is at version {} ({} ms, of which {} ms for the first Cypher statement)",
					version.orElse("(none)"), took.toMillis(), first.toMillis());
			this.applied.complete(took);
		}
		catch (Throwable ex) {
			this.applied.completeExceptionally(ex);
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/** How long applying the migrations took (zero until they ran). */
	public Duration took() {
		return this.applied.isDone() && !this.applied.isCompletedExceptionally() ? this.applied.join() : Duration.ZERO;
	}

	/**
	 * Waits until the migrations are applied, and fails the way they failed: whatever writes to the graph at
	 * start-up calls this first. The first caller's wait is a part of the start-up log of its own.
	 */
	public void apply() {
		long started = System.nanoTime();
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		try {
			this.applied.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the schema migrations", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The schema migrations failed", cause);
		}
		synchronized (this) {
			if (!this.waitedFor) {
				this.waitedFor = true;
				this.parts.record("Spring's set-up until the graph was needed", Duration.ofMillis(uptime));
				this.parts.record("waiting for the graph (Neo4j and migrations)", Duration.ofNanos(System.nanoTime() - started));
			}
		}
	}

}
