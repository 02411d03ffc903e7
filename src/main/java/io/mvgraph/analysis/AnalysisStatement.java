package io.mvgraph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.mvgraph.api.CypherQueries;
import io.mvgraph.api.Prefetched;
import io.mvgraph.api.SelectionCompiler;
import org.neo4j.driver.Value;

/**
 * The one statement of a warm analysis request: the graph's fingerprint and the rejected pairs (to check that the
 * cached model and the verdicts the answer was selected with are still those of the graph), and the nodes the
 * answer shows, each role ({@code a}, {@code b}, {@code sharedTopics} ...) with what its selection compiles
 * ({@link SelectionCompiler}), so that their fields cost no further statement. Each role gets its own objects: the
 * same work item as {@code a} of one pair and {@code b} of another carries two different sub-selections, and the
 * request's {@link Prefetched} is keyed by the object.
 */
final class AnalysisStatement {

	private final SelectionCompiler.Statement statement;

	private final String rejectedCypher;

	private final Prefetched prefetched;

	private final List<Role<?>> roles = new ArrayList<>();

	private final List<Map.Entry<String, java.util.function.Consumer<Value>>> extras = new ArrayList<>();

	private boolean stale;

	AnalysisStatement(SelectionCompiler compiler, String rejectedCypher, GraphQLContext context) {
		this.statement = compiler.statement();
		this.rejectedCypher = rejectedCypher;
		this.prefetched = Prefetched.of(context);
	}

	/** The selections of the fields at {@code path} (a glob of {@link DataFetchingFieldSelectionSet#getFields}). */
	static List<DataFetchingFieldSelectionSet> selections(DataFetchingFieldSelectionSet selection, String path) {
		return selection.getFields(path).stream().map(SelectedField::getSelectionSet).toList();
	}

	/**
	 * The nodes of one role, by id, fetched with what these selections compile; null when the role is not selected,
	 * or nothing below it compiles (the caller then takes the model's nodes, which the fingerprint says are the
	 * graph's, and their fields are resolved as before). {@code type} is a constant of the caller,
	 * both the GraphQL type and the label.
	 */
	<T> Role<T> role(String type, Class<T> as, List<DataFetchingFieldSelectionSet> selections, Collection<String> ids) {
		if (selections.isEmpty()) {
			return null;
		}
		int number = this.roles.size();
		String variable = "s" + number;
		SelectionCompiler.Projection projection = this.statement.project(type, variable, selections);
		if (projection.expression().equals("{node: " + variable + "}")) {
			// nothing below the nodes is compiled: the model's own nodes are the same, and cost nothing
			return null;
		}
		this.statement.parameters().put(variable, List.copyOf(new java.util.LinkedHashSet<>(ids)));
		Role<T> role = new Role<>(as, "UNWIND $" + variable + " AS id MATCH (" + variable + ":" + type + " {id: id}) RETURN "
				+ projection.expression(), projection);
		this.roles.add(role);
		return role;
	}

	/**
	 * One more value the statement reads ({@code expression}: a Cypher expression, a constant of the caller, with
	 * parameters of {@link #parameter}), given to {@code reader} when it ran; the reader calls {@link #stale} when the
	 * value differs from what the answer was planned with.
	 */
	void extra(String expression, java.util.function.Consumer<Value> reader) {
		this.extras.add(Map.entry(expression, reader));
	}

	void parameter(String name, Object value) {
		this.statement.parameters().put(name, value);
	}

	/** Says that what the answer was planned with moved: the plan runs again. */
	void stale() {
		this.stale = true;
	}

	boolean isStale() {
		return this.stale;
	}

	/** What the statement read: the fingerprint, as {@code AnalysisRepository#fingerprint} gives it, and the verdicts. */
	record Checked(List<Object> fingerprint, Set<OverlapPair> rejected) {
	}

	/** Runs the statement (one round trip) and fills the roles. */
	Checked run() {
		StringBuilder cypher = new StringBuilder("CALL () {\n").append(CypherQueries.get("analysis-fingerprint"))
			.append("\n}\nRETURN counts, lastChange, ")
			.append(this.rejectedCypher)
			.append(" AS rejected");
		for (int i = 0; i < this.roles.size(); i++) {
			cypher.append(",\n  COLLECT { ").append(this.roles.get(i).cypher).append(" } AS s").append(i);
		}
		for (int i = 0; i < this.extras.size(); i++) {
			cypher.append(",\n  ").append(this.extras.get(i).getKey()).append(" AS e").append(i);
		}
		return this.statement.one(cypher.toString(), (record) -> {
			for (int i = 0; i < this.roles.size(); i++) {
				this.roles.get(i).read(record.get("s" + i), this.prefetched);
			}
			for (int i = 0; i < this.extras.size(); i++) {
				this.extras.get(i).getValue().accept(record.get("e" + i));
			}
			Set<OverlapPair> rejected = new HashSet<>();
			record.get("rejected").asList((pair) -> pair).forEach((pair) -> rejected
				.add(new OverlapPair(pair.get(0).asString(), pair.get(1).asString())));
			return new Checked(List.of(record.get("counts").asList(Value::asLong),
					record.get("lastChange").asList(Value::asString)), rejected);
		}).orElseThrow();
	}

	/** The nodes of one role, once the statement ran. */
	static final class Role<T> {

		private final Class<T> as;

		private final String cypher;

		private final SelectionCompiler.Projection projection;

		private final Map<String, T> nodes = new HashMap<>();

		private Role(Class<T> as, String cypher, SelectionCompiler.Projection projection) {
			this.as = as;
			this.cypher = cypher;
			this.projection = projection;
		}

		private void read(Value list, Prefetched prefetched) {
			this.nodes.clear();
			for (T node : this.projection.readAll(this.as, list, prefetched)) {
				this.nodes.put(id(node), node);
			}
		}

		Map<String, T> nodes() {
			return this.nodes;
		}

		private static String id(Object node) {
			if (node instanceof io.mvgraph.workitem.WorkItem item) {
				return item.id();
			}
			if (node instanceof io.mvgraph.topic.Topic topic) {
				return topic.id();
			}
			if (node instanceof io.mvgraph.body.Body body) {
				return body.id();
			}
			if (node instanceof io.mvgraph.liaison.Liaison liaison) {
				return liaison.id();
			}
			throw new IllegalArgumentException("No id of " + node);
		}

	}

	/** The nodes of a role, or the model's when the role is not selected. */
	static <T> Map<String, T> nodes(Role<T> role, Map<String, T> model) {
		return role != null ? role.nodes() : model;
	}

}
