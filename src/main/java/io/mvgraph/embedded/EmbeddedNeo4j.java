package io.mvgraph.embedded;

import java.net.URI;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j inside the service's JVM, reached through Bolt on localhost like any other server, so that
 * the rest of the service cannot tell it from an external server or cluster.
 */
public final class EmbeddedNeo4j {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final DatabaseManagementService managementService;

	private final EmbeddedNeo4jProperties properties;

	private final URI boltUri;

	private final Duration startedIn;

	private EmbeddedNeo4j(DatabaseManagementService managementService, EmbeddedNeo4jProperties properties, URI boltUri,
			Duration startedIn) {
		this.managementService = managementService;
		this.properties = properties;
		this.boltUri = boltUri;
		this.startedIn = startedIn;
	}

	static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		long started = System.nanoTime();
		log.info("Starting the embedded Neo4j: data in {}, Bolt on localhost:{}", properties.dataDir(),
				properties.boltPort() == 0 ? "(any free port)" : properties.boltPort());
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Bolt is all the service needs; Neo4j's own HTTP server would drag Jersey 2 into a Jersey 4 world.
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, properties.transactionMemory().toBytes())
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
			.build();
		GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		HostnamePort bound = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + bound.getHost() + ":" + bound.getPort());
		Duration startedIn = Duration.ofNanos(System.nanoTime() - started);
		log.info("Embedded Neo4j started in {} ms: Bolt at {} (localhost only, no authentication)",
				startedIn.toMillis(), uri);
		return new EmbeddedNeo4j(service, properties, uri, startedIn);
	}

	/** How long opening the store and starting Bolt took. */
	public Duration startedIn() {
		return this.startedIn;
	}

	public URI boltUri() {
		return this.boltUri;
	}

	public EmbeddedNeo4jProperties properties() {
		return this.properties;
	}

	void stop() {
		log.info("Stopping the embedded Neo4j ({})", this.properties.dataDir());
		this.managementService.shutdown();
		log.info("Embedded Neo4j stopped");
	}

}
