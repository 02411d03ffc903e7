package io.mvgraph.embedded;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded Neo4j when no external one is configured, and points Boot's ordinary driver at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "stop")
	EmbeddedNeo4jStart embeddedNeo4jStart(EmbeddedNeo4jProperties properties) {
		return EmbeddedNeo4jStart.begin(properties);
	}

	// stopped through EmbeddedNeo4jStart, which also covers a start that never finished
	@Bean(destroyMethod = "")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStart start) {
		return start.await();
	}

	/**
	 * With a fixed Bolt port the driver's address is known before Neo4j runs, so the driver (which connects on
	 * first use) and everything built on it need not wait for the start; only port 0 (tests) must learn the port.
	 */
	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jStart start) {
		int port = start.properties().boltPort();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return port != 0 ? URI.create("bolt://localhost:" + port) : start.await().boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}
		};
	}

}
