package io.mvgraph.body;

import java.util.List;
import java.util.Map;

import io.mvgraph.api.CompiledField;
import io.mvgraph.api.CompiledFields;

import org.springframework.stereotype.Component;

/**
 * The body fields the one-statement reads compile: the Cypher of the batch queries of {@link BodyRepository},
 * the same rows in the same order.
 */
@Component
class BodyCompiledFields implements CompiledFields {

	/** The cursors of {@code bodies} are made of the name and the id. */
	@Override
	public Map<String, List<String>> keptFields() {
		return Map.of("Body", List.of("name"));
	}

	@Override
	public Map<String, Class<?>> types() {
		return Map.of("Body", Body.class);
	}

	@Override
	public List<CompiledField> fields() {
		return List.of(
				CompiledField.relation("Body", "parent", "Body", true, "MATCH ({p})-[:PART_OF]->({n}:Body) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Body", "children", "Body", false,
						"MATCH ({p})<-[:PART_OF]-({n}:Body) WITH {n} ORDER BY toLower({n}.name), {n}.id"),
				CompiledField.relation("Body", "successor", "Body", true,
						"MATCH ({p})-[:SUCCEEDED_BY]->({n}:Body) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Body", "predecessors", "Body", false,
						"MATCH ({p})<-[:SUCCEEDED_BY]-({n}:Body) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Body", "ancestors", "Body", false,
						"MATCH {r} = ({p})-[:PART_OF*1..]->({n}:Body) WITH {n}, {r} ORDER BY length({r})"));
	}

}
