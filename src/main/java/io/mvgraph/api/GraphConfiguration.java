package io.mvgraph.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

@Configuration(proxyBeanMethods = false)
class GraphConfiguration {

	/**
	 * The one bookmark manager of the service: Spring Data Neo4j's transaction manager and client take it from the
	 * context, and {@link Graph#read} shares it, so that a read after a write sees the write on any cluster member.
	 */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

}
