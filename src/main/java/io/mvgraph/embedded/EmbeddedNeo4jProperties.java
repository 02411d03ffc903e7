package io.mvgraph.embedded;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j that runs inside the service when no {@code spring.neo4j.uri} is configured.
 *
 * @param dataDir where Neo4j keeps its files (a relative path is resolved against the working directory)
 * @param boltPort the Bolt port on localhost; 0 picks a free one
 * @param pageCache the page cache: Neo4j's off-heap cache of the store files
 * @param transactionMemory the most memory all running transactions may take together
 */
@ConfigurationProperties("mvgraph.embedded")
public record EmbeddedNeo4jProperties(Path dataDir, Integer boltPort, DataSize pageCache, DataSize transactionMemory) {

	public EmbeddedNeo4jProperties {
		dataDir = (dataDir != null ? dataDir : Path.of("data")).toAbsolutePath().normalize();
		boltPort = boltPort != null ? boltPort : 7687;
		pageCache = pageCache != null ? pageCache : DataSize.ofMegabytes(64);
		transactionMemory = transactionMemory != null ? transactionMemory : DataSize.ofMegabytes(512);
	}

}
