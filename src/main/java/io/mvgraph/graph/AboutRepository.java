package io.mvgraph.graph;

import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher of {@code about}. */
@Repository
class AboutRepository {

	private final Neo4jClient client;

	AboutRepository(Neo4jClient client) {
		this.client = client;
	}

	/** Neo4j's version and edition, and the counts of the main kinds of node: one statement. */
	Map<String, Object> versionAndCounts() {
		return this.client.query("""
				CALL dbms.components() YIELD versions, edition
				WITH versions[0] AS version, edition LIMIT 1
				RETURN version, edition,
				       COUNT { (:Body) } AS bodies, COUNT { (:WorkItem) } AS workItems,
				       COUNT { (:Topic) } AS topics, COUNT { (:Liaison) } AS liaisons
				""").fetch().one().orElseThrow();
	}

}
