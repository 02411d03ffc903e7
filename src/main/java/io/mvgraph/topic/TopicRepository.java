package io.mvgraph.topic;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mvgraph.api.Graph;

import org.springframework.stereotype.Repository;

/** Cypher of the topic taxonomy. Each method is one round trip. */
@Repository
class TopicRepository {

	private final Graph graph;

	TopicRepository(Graph graph) {
		this.graph = graph;
	}

	public Optional<Topic> findById(String id) {
		return this.graph.node(Topic.class, "MATCH (n:Topic {id: $id}) RETURN n", Map.of("id", id));
	}

	List<Topic> findAll(boolean rootsOnly) {
		return this.graph.nodes(Topic.class, """
				MATCH (n:Topic)
				WHERE NOT $rootsOnly OR NOT (n)-[:SUBTOPIC_OF]->()
				RETURN n ORDER BY toLower(n.name), n.id
				""", Map.of("rootsOnly", rootsOnly));
	}

	Map<String, List<Topic>> parents(Collection<String> ids) {
		return this.graph.related(Topic.class, "(:Topic {id: key})-[:SUBTOPIC_OF]->(n:Topic)", "n.id", ids);
	}

	Map<String, List<Topic>> children(Collection<String> ids) {
		return this.graph.related(Topic.class, "(:Topic {id: key})<-[:SUBTOPIC_OF]-(n:Topic)", "toLower(n.name), n.id", ids);
	}

}
