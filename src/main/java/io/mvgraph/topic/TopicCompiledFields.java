package io.mvgraph.topic;

import java.util.List;
import java.util.Map;

import io.mvgraph.api.CompiledField;
import io.mvgraph.api.CompiledFields;

import org.springframework.stereotype.Component;

/**
 * The topic fields the one-statement reads compile: the Cypher of the batch queries of {@link TopicRepository},
 * the same rows in the same order.
 */
@Component
class TopicCompiledFields implements CompiledFields {

	@Override
	public Map<String, Class<?>> types() {
		return Map.of("Topic", Topic.class);
	}

	@Override
	public List<CompiledField> fields() {
		return List.of(
				CompiledField.relation("Topic", "parent", "Topic", true,
						"MATCH ({p})-[:SUBTOPIC_OF]->({n}:Topic) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Topic", "children", "Topic", false,
						"MATCH ({p})<-[:SUBTOPIC_OF]-({n}:Topic) WITH {n} ORDER BY toLower({n}.name), {n}.id"));
	}

}
