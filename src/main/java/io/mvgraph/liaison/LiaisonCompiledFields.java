package io.mvgraph.liaison;

import java.util.List;
import java.util.Map;

import io.mvgraph.api.CompiledField;
import io.mvgraph.api.CompiledFields;

import org.springframework.stereotype.Component;

/**
 * The liaison fields the one-statement reads compile, and {@code WorkItem.liaisons}: the Cypher of the batch
 * queries of {@link LiaisonRepository}, the same rows in the same order.
 */
@Component
class LiaisonCompiledFields implements CompiledFields {

	/** The cursors of {@code liaisons} are made of the day sent and the id. */
	@Override
	public Map<String, List<String>> keptFields() {
		return Map.of("Liaison", List.of("sentOn"));
	}

	@Override
	public Map<String, Class<?>> types() {
		return Map.of("Liaison", Liaison.class);
	}

	@Override
	public List<CompiledField> fields() {
		return List.of(
				CompiledField.relation("WorkItem", "liaisons", "Liaison", false,
						"MATCH ({p})<-[:CONCERNS]-({n}:Liaison) WITH {n} ORDER BY {n}.sentOn, {n}.id"),
				CompiledField.relation("Liaison", "from", "Body", true, "MATCH ({p})-[:FROM]->({n}:Body) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Liaison", "to", "Body", false,
						"MATCH ({p})-[{r}:TO]->({n}:Body) WITH {n}, {r} ORDER BY {r}.position, {n}.id"),
				CompiledField.relation("Liaison", "cc", "Body", false,
						"MATCH ({p})-[{r}:CC]->({n}:Body) WITH {n}, {r} ORDER BY {r}.position, {n}.id"),
				CompiledField.relation("Liaison", "topics", "Topic", false,
						"MATCH ({p})-[{r}:ABOUT]->({n}:Topic) WITH {n}, {r} ORDER BY {r}.position, {n}.id"),
				CompiledField.relation("Liaison", "replyTo", "Liaison", true,
						"MATCH ({p})-[:REPLY_TO]->({n}:Liaison) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("Liaison", "replies", "Liaison", false,
						"MATCH ({p})<-[:REPLY_TO]-({n}:Liaison) WITH {n} ORDER BY {n}.sentOn, {n}.id"),
				CompiledField.relation("Liaison", "concerns", "WorkItem", false,
						"MATCH ({p})-[{r}:CONCERNS]->({n}:WorkItem) WITH {n}, {r} ORDER BY {r}.position, {n}.id"));
	}

}
