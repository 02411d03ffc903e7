package io.mvgraph.graph;

import java.util.Optional;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
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

	@Override
	public void afterPropertiesSet() {
		Migrations migrations = new Migrations(MigrationsConfig.builder()
			.withLocationsToScan(LOCATION)
			.withAutocrlf(true)
			.build(), this.driver);
		Optional<?> version = migrations.apply().map(Object::toString);
		log.info("Graph schema is at version {}", version.map(Object::toString).orElse("(none)"));
	}

}
