package io.mvgraph.graph;

/** What this service is and which Neo4j it talks to. */
public record About(String version, String neo4jVersion, String neo4jEdition, boolean embedded, Counts counts) {

	public record Counts(long bodies, long workItems, long topics, long liaisons) {
	}

}
