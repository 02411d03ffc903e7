package io.mvgraph.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.mvgraph.api.ApiException;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The two structural rules of the trees (bodies, topics): a parent may not make a cycle, and a record that others
 * still point at may not be deleted.
 */
@Component
public class Hierarchy {

	private final Neo4jClient client;

	Hierarchy(Neo4jClient client) {
		this.client = client;
	}

	/**
	 * {@code BAD_REQUEST} (naming {@code field}) when {@code parent} is the record itself or one of the records below
	 * it. Call after locking the record and its new parent.
	 */
	public void requireNoCycle(EntityType type, String parentRelationship, String field, String id, String parent) {
		if (parent == null) {
			return;
		}
		requireNotOwnParent(type, field, id, parent);
		boolean below = this.client
			.query("MATCH (:" + type.label() + " {id: $parent})-[:" + parentRelationship + "*]->(:" + type.label()
					+ " {id: $id}) RETURN count(*) > 0")
			.bindAll(Map.of("id", id, "parent", parent))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (below) {
			throw ApiException.badRequest(field, "makes a cycle: '" + parent + "' is below " + type.noun() + " '" + id
					+ "', which would become its own ancestor");
		}
	}

	public void requireNotOwnParent(EntityType type, String field, String id, String parent) {
		if (id != null && id.equals(parent)) {
			throw ApiException.badRequest(field, "a " + type.noun() + " cannot be its own parent");
		}
	}

	/**
	 * {@code CONFLICT} when other nodes still point at the record (work items, sub-records, liaisons, people...):
	 * deleting it would silently change them. The message counts them by kind.
	 */
	public void requireUnreferenced(EntityType type, String id, Map<String, String> knownKinds) {
		requireUnreferenced(type, id, knownKinds, List.of());
	}

	/** As above, not counting the relationship types the caller takes care of itself. */
	public void requireUnreferenced(EntityType type, String id, Map<String, String> knownKinds, List<String> handled) {
		Map<String, Long> incoming = new LinkedHashMap<>();
		this.client
			.query("MATCH (n:" + type.label() + " {id: $id})<-[r]-(o) WHERE o <> n AND NOT type(r) IN $handled "
					+ "RETURN type(r) AS type, count(*) AS count ORDER BY type")
			.bindAll(Map.of("id", id, "handled", handled))
			.fetch()
			.all()
			.forEach((row) -> incoming.put((String) row.get("type"), (Long) row.get("count")));
		if (incoming.isEmpty()) {
			return;
		}
		String what = incoming.entrySet()
			.stream()
			.map((entry) -> entry.getValue() + " "
					+ knownKinds.getOrDefault(entry.getKey(), "record(s) linked by " + entry.getKey()))
			.collect(Collectors.joining(", "));
		throw ApiException.conflict("id", "The " + type.noun() + " '" + id + "' is still referenced by " + what
				+ "; move or delete those first (nothing was deleted)");
	}

}
