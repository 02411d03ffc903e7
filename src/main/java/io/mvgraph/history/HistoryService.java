package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.security.Caller;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the recorded history, in read transactions. Every read goes through {@link #changes}, which blanks the
 * values of contact details for callers below ANALYST ({@link Change#withoutContactDetails}).
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private final Neo4jClient client;

	private final GraphQlLimits limits;

	private final Caller caller;

	HistoryService(Neo4jClient client, GraphQlLimits limits, Caller caller) {
		this.client = client;
		this.limits = limits;
		this.caller = caller;
	}

	/**
	 * The changes of one record, newest first (also after the record was deleted); contact details blanked for
	 * callers below ANALYST.
	 */
	public List<Change> of(String id, Integer first) {
		int size = this.limits.pageSize(first, 100);
		return changes("""
				MATCH (c:Change {entityId: $id})
				RETURN c ORDER BY c.at DESC, c.id LIMIT $first
				""", Map.of("id", id, "first", size));
	}

	/**
	 * The changes of every record since a moment (all when null), newest first; contact details blanked for callers
	 * below ANALYST.
	 */
	public List<Change> recent(ZonedDateTime since, List<EntityType> entityTypes, Integer first) {
		int size = this.limits.pageSize(first, 100);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("since", since);
		parameters.put("types", entityTypes == null || entityTypes.isEmpty() ? null
				: entityTypes.stream().map(Enum::name).toList());
		parameters.put("first", size);
		return changes("""
				MATCH (c:Change)
				WHERE ($since IS NULL OR c.at >= $since) AND ($types IS NULL OR c.entityType IN $types)
				RETURN c ORDER BY c.at DESC, c.id LIMIT $first
				""", parameters);
	}

	/** The changes a query returns (as {@code c}), as the caller may see them. */
	private List<Change> changes(String cypher, Map<String, Object> parameters) {
		boolean contactDetails = this.caller.canReadContactDetails();
		return this.client.query(cypher).bindAll(parameters).fetchAs(Change.class).mappedBy((typeSystem, record) -> {
			Value c = record.get("c");
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
		})
			.all()
			.stream()
			.map((change) -> contactDetails ? change : change.withoutContactDetails())
			.toList();
	}

}
