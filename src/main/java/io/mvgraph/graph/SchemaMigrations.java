package io.mvgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * They run once every bean exists (or earlier, when the seeder asks for them), not while this bean is built:
 * so Spring builds the GraphQL schema, security and the web layer while the embedded Neo4j is still starting on
 * its own thread, and only the graph's own work waits for it.
 */
@Component
public class SchemaMigrations implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private final Driver driver;

	private final ObjectProvider<EmbeddedNeo4jStart> embedded;

	private volatile Duration took;

	private final StartupParts parts;

	SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4jStart> embedded, StartupParts parts) {
		this.driver = driver;
		this.embedded = embedded;
		this.parts = parts;
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

	@Override
	public void afterSingletonsInstantiated() {
		apply();
	}

	/** How long applying the migrations took (zero until they ran). */
	public Duration took() {
		Duration took = this.took;
		return took != null ? took : Duration.ZERO;
	}

	/** Applies the migrations unless that is done: whatever writes to the graph at start-up calls this first. */
	public synchronized void apply() {
		if (this.took != null) {
			return;
		}
		EmbeddedNeo4jStart neo4j = this.embedded.getIfAvailable();
		if (neo4j != null) {
			this.parts.record("embedded Neo4j", neo4j.await().startedIn());
		}
		long started = System.nanoTime();
		Migrations migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withAutocrlf(true)
			// Spring finds the .cypher files; the library's default (ClassGraph over every jar) costs seconds
			.withResourceScanner(SchemaMigrations::cypherFiles)
			.withMigrationClassesDiscoverer((context) -> List.of())
			.build(), this.driver);
		Optional<?> version = migrations.apply().map(Object::toString);
		this.took = Duration.ofNanos(System.nanoTime() - started);
		this.parts.record("schema migrations", this.took);
		log.info("Graph schema is at version {} ({} ms)", version.map(Object::toString).orElse("(none)"),
				this.took.toMillis());
	}

}
