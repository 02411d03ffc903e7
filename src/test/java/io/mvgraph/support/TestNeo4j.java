package io.mvgraph.support;

import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (the Neo4j test harness) for the whole test JVM: it costs seconds to start, so every test
 * class shares it, and each test sets up the data it needs.
 */
public final class TestNeo4j {

	private static Neo4j neo4j;

	private TestNeo4j() {
	}

	public static synchronized URI boltUri() {
		if (neo4j == null) {
			neo4j = Neo4jBuilders.newInProcessBuilder()
				.withDisabledServer()
				.withConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
				.build();
			Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "test-neo4j-shutdown"));
		}
		return neo4j.boltURI();
	}

}
