package io.mvgraph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Loads a data set straight into an empty graph with batched UNWIND statements: minutes faster than the import
 * (which validates, diffs and records the history of every record) for the benchmark's tens of thousands of work
 * items. Writes the same nodes and relationships the import writes, without their history.
 */
final class BulkLoader {

	private static final int BATCH = 2000;

	private final Neo4jClient client;

	BulkLoader(Neo4jClient client) {
		this.client = client;
	}

	@SuppressWarnings("unchecked")
	void load(Map<String, Object> dataset) {
		List<Map<String, Object>> topics = (List<Map<String, Object>>) dataset.get("topics");
		List<Map<String, Object>> bodies = (List<Map<String, Object>>) dataset.get("bodies");
		List<Map<String, Object>> workItems = (List<Map<String, Object>>) dataset.get("workItems");
		List<Map<String, Object>> liaisons = (List<Map<String, Object>>) dataset.get("liaisons");
		run(topics, "UNWIND $rows AS row CREATE (:Topic {id: row.id, name: row.name, version: 1})");
		run(topics, "UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL "
				+ "MATCH (n:Topic {id: row.id}), (p:Topic {id: row.parent}) CREATE (n)-[:SUBTOPIC_OF]->(p)");
		run(bodies, "UNWIND $rows AS row CREATE (:Body {id: row.id, name: row.name, kind: row.kind, version: 1})");
		run(bodies, "UNWIND $rows AS row WITH row WHERE row.parent IS NOT NULL "
				+ "MATCH (n:Body {id: row.id}), (p:Body {id: row.parent}) CREATE (n)-[:PART_OF]->(p)");
		run(workItems, """
				UNWIND $rows AS row
				MATCH (owner:Body {id: row.owner})
				CREATE (n:WorkItem {id: row.id, designation: row.designation, title: row.title, scope: row.scope,
				                    status: row.status, year: row.year, confidence: row.confidence, version: 1})
				CREATE (n)-[:OWNED_BY]->(owner)
				WITH n, row
				UNWIND range(0, size(row.topics) - 1) AS i
				MATCH (t:Topic {id: row.topics[i]})
				CREATE (n)-[:ABOUT {position: i}]->(t)
				""");
		List<Map<String, Object>> links = new ArrayList<>();
		for (Map<String, Object> item : workItems) {
			for (Map<String, Object> link : (List<Map<String, Object>>) item.get("links")) {
				links.add(Map.of("from", item.get("id"), "to", link.get("to"), "kind", link.get("kind")));
			}
		}
		for (String kind : List.of("EQUIVALENT_TO", "REFERENCES", "SUPERSEDES", "RELATED_TO")) {
			// a relationship type cannot be a parameter; these are constants
			run(links.stream().filter((link) -> kind.equals(link.get("kind"))).toList(),
					"UNWIND $rows AS row MATCH (a:WorkItem {id: row.from}), (b:WorkItem {id: row.to}) CREATE (a)-[:"
							+ kind + " {position: 0}]->(b)");
		}
		run(liaisons, """
				UNWIND $rows AS row
				MATCH (sender:Body {id: row.from})
				CREATE (n:Liaison {id: row.id, title: row.title, purpose: row.purpose, note: row.note, version: 1,
				                   sentOn: CASE WHEN row.sentOn IS NULL THEN null ELSE date(row.sentOn) END,
				                   deadline: CASE WHEN row.deadline IS NULL THEN null ELSE date(row.deadline) END})
				CREATE (n)-[:FROM]->(sender)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.to) - 1) AS i
				  MATCH (b:Body {id: row.to[i]})
				  CREATE (n)-[:TO {position: i}]->(b)
				}
				CALL (n, row) {
				  UNWIND coalesce(row.concerns, []) AS concerned
				  MATCH (w:WorkItem {id: concerned})
				  CREATE (n)-[:CONCERNS {position: 0}]->(w)
				}
				""");
		run(liaisons, "UNWIND $rows AS row WITH row WHERE row.replyTo IS NOT NULL "
				+ "MATCH (n:Liaison {id: row.id}), (p:Liaison {id: row.replyTo}) CREATE (n)-[:REPLY_TO]->(p)");
	}

	private void run(List<Map<String, Object>> rows, String cypher) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (Map<String, Object> row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
				batch.add(new java.util.HashMap<>(row));
			}
			this.client.query(cypher).bind(batch).to("rows").run();
		}
	}

}
