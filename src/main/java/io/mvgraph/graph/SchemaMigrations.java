package io.mvgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the Cypher migrations of {@code cypher/migrations} with Neo4j-Migrations, before anything else
 * touches the graph. The library's Boot starter does not exist for Boot 4 here, so its core is called with
 * the service's own driver (stack notes).
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCATION = "classpath:cypher/migrations";

	private final Driver driver;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
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
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		Migrations migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withAutocrlf(true)
			// Spring finds the .cypher files; the library's default (ClassGraph over every jar) costs seconds
			.withResourceScanner(SchemaMigrations::cypherFiles)
			.withMigrationClassesDiscoverer((context) -> List.of())
			.build(), this.driver);
		Optional<?> version = migrations.apply().map(Object::toString);
		log.info("Graph schema is at version {} ({} ms)", version.map(Object::toString).orElse("(none)"),
				(System.nanoTime() - started) / 1_000_000);
	}

}
