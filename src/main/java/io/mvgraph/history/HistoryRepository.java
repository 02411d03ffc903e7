package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The Cypher that reads the history: each method one statement. */
@Repository
class HistoryRepository {

	private final Neo4jClient client;

	HistoryRepository(Neo4jClient client) {
		this.client = client;
	}

	/** The changes of one record, newest first. */
	List<Change> of(String id, int first) {
		return changes("""
				MATCH (c:Change {entityId: $id})
				RETURN c ORDER BY c.at DESC, c.id LIMIT $first
				""", Map.of("id", id, "first", first));
	}

	/** The changes of every record (of these types, all when null or empty) since a moment (all when null). */
	List<Change> recent(ZonedDateTime since, List<EntityType> entityTypes, int first) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("types", entityTypes == null || entityTypes.isEmpty() ? null
				: entityTypes.stream().map(Enum::name).toList());
		parameters.put("first", first);
		return changes("""
				MATCH (c:Change)
				WHERE ($since IS NULL OR c.at >= $since) AND ($types IS NULL OR c.entityType IN $types)
				RETURN c ORDER BY c.at DESC, c.id LIMIT $first
				""", parameters);
	}

	/**
	 * The changes other instances recorded since a moment, oldest first, each with its transaction (changes recorded
	 * before instances were told apart have none: each is then one transaction of its own).
	 */
	Map<String, List<Change>> othersSince(ZonedDateTime since, String instance, int first) {
		Map<String, List<Change>> byTransaction = new java.util.LinkedHashMap<>();
		this.client.query("""
				MATCH (c:Change) WHERE c.at >= $since AND coalesce(c.instance, '') <> $instance
				RETURN c, coalesce(c.transaction, c.id) AS transaction ORDER BY c.at, c.id LIMIT $first
				""")
			.bindAll(Map.of("since", since, "instance", instance, "first", first))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("transaction").asString(), change(record.get("c"))))
			.all()
			.forEach((entry) -> byTransaction.computeIfAbsent((String) entry.getKey(), (key) -> new ArrayList<>())
				.add((Change) entry.getValue()));
		return byTransaction;
	}

	/** One change by its id. */
	java.util.Optional<Change> byId(String id) {
		return changes("MATCH (c:Change {id: $id}) RETURN c", Map.of("id", id)).stream().findFirst();
	}

	/**
	 * The changes of a record after a moment that touched one of these fields or created or deleted it, oldest
	 * first (at most a few: a revert needs only to know whether there are any).
	 */
	List<Change> laterTouching(EntityType type, String id, ZonedDateTime after, List<String> fields) {
		return changes("""
				MATCH (c:Change {entityId: $id})
				WHERE c.entityType = $type AND c.at > $after
				  AND (c.action <> 'UPDATED' OR any(field IN c.fields WHERE field IN $fields))
				RETURN c ORDER BY c.at, c.id LIMIT 5
				""", Map.of("id", id, "type", type.name(), "after", after, "fields", fields));
	}

	/** The changes a query returns (as {@code c}). */
	private List<Change> changes(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher)
			.bindAll(parameters)
			.fetchAs(Change.class)
			.mappedBy((typeSystem, record) -> change(record.get("c")))
			.all()
			.stream()
			.toList();
	}

	private static Change change(Value c) {
		List<String> names = c.get("fields").asList(Value::asString);
		List<String> before = c.get("before").asList(Value::asString);
		List<String> after = c.get("after").asList(Value::asString);
		List<FieldChange> fields = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			fields.add(new FieldChange(names.get(i), before.get(i).isEmpty() ? null : before.get(i),
					after.get(i).isEmpty() ? null : after.get(i)));
		}
		return new Change(c.get("id").asString(), c.get("at").asZonedDateTime(), c.get("by").asString(),
				c.get("origin").asString(null), ChangeAction.valueOf(c.get("action").asString()),
				EntityType.valueOf(c.get("entityType").asString()), c.get("entityId").asString(), fields);
	}

}
