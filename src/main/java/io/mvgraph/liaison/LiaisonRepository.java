package io.mvgraph.liaison;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mvgraph.body.Body;
import io.mvgraph.graph.Graph;
import io.mvgraph.workitem.WorkItem;

import org.springframework.stereotype.Repository;

/** Cypher of the liaison read model. Each method is one round trip. */
@Repository
public class LiaisonRepository {

	private final Graph graph;

	LiaisonRepository(Graph graph) {
		this.graph = graph;
	}

	public Optional<Liaison> findById(String id) {
		return this.graph.node(Liaison.class, "MATCH (n:Liaison {id: $id}) RETURN n", Map.of("id", id));
	}

	Map<String, List<Body>> senders(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Liaison {id: key})-[:FROM]->(n:Body)", "n.id", ids);
	}

	Map<String, List<Body>> recipients(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Liaison {id: key})-[r:TO]->(n:Body)", "r.position, n.id", ids);
	}

	Map<String, List<Liaison>> repliedTo(Collection<String> ids) {
		return this.graph.related(Liaison.class, "(:Liaison {id: key})-[:REPLY_TO]->(n:Liaison)", "n.id", ids);
	}

	Map<String, List<Liaison>> replies(Collection<String> ids) {
		return this.graph.related(Liaison.class, "(:Liaison {id: key})<-[:REPLY_TO]-(n:Liaison)", "n.sentOn, n.id", ids);
	}

	Map<String, List<WorkItem>> concerns(Collection<String> ids) {
		return this.graph.related(WorkItem.class, "(:Liaison {id: key})-[r:CONCERNS]->(n:WorkItem)", "r.position, n.id", ids);
	}

}
