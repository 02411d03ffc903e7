package io.mvgraph.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Compiles what a GraphQL request selects below a root field into that root's one Cypher statement (look-ahead on
 * the selection set, as the Neo4j GraphQL Library does): each object is a map {@code {node: n, f1: COLLECT {...}}}
 * with one {@code COLLECT} subquery per compiled field, nested as deep as the selection goes. Reading the answer
 * maps each node onto its record and puts the compiled fields' values in the request's {@link Prefetched}, where
 * {@link PrefetchInstrumentation} finds them; what is not compiled (a field no feature contributes, arguments a
 * field leaves to its resolver) is resolved as before, by the batch loaders. Fields not selected cost nothing.
 * <p>
 * The Cypher is text built here from the features' constant fragments; every value is a parameter.
 */
@Component
public class SelectionCompiler {

	private final Graph graph;

	private final Map<String, Class<?>> types = new HashMap<>();

	private final Map<String, CompiledField> fields = new HashMap<>();

	private final Map<String, List<String>> kept = new HashMap<>();

	SelectionCompiler(Graph graph, List<CompiledFields> contributions) {
		this.graph = graph;
		for (CompiledFields contribution : contributions) {
			this.types.putAll(contribution.types());
			this.kept.putAll(contribution.keptFields());
			contribution.fields().forEach((field) -> this.fields.put(field.type() + "." + field.field(), field));
		}
	}

	public Statement statement() {
		return new Statement();
	}

	/**
	 * One node by id with all it selects, in one statement; empty when there is none. {@code type} is the caller's
	 * constant, both the GraphQL type and the label.
	 */
	public <T> Optional<T> byId(String type, Class<T> as, String id, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		Statement statement = statement().selectedPropertiesOnly();
		statement.parameters().put("id", id);
		Projection projection = statement.project(type, "x", List.of(selection));
		return statement.one("MATCH (x:" + type + " {id: $id}) RETURN " + projection.expression() + " AS item",
				(record) -> projection.read(as, record.get("item"), Prefetched.of(context)));
	}

	/**
	 * The nodes {@code match} binds to {@code x}, in its order ({@code MATCH (x:Topic) ... WITH x ORDER BY ...}, the
	 * caller's constant), with all they select, in one statement.
	 */
	public <T> List<T> list(String type, Class<T> as, String match, Map<String, Object> parameters,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		Statement statement = statement().selectedPropertiesOnly();
		statement.parameters().putAll(parameters);
		Projection projection = statement.project(type, "x", List.of(selection));
		Prefetched prefetched = Prefetched.of(context);
		return this.graph.read(match + " RETURN " + projection.expression() + " AS item", statement.parameters(),
				(record) -> projection.read(as, record.get("item"), prefetched));
	}

	/** The selection sets of the objects a connection's edges hold ({@code edges { node { ... } } }). */
	public static List<DataFetchingFieldSelectionSet> nodes(DataFetchingFieldSelectionSet connection) {
		return connection.getFields("edges/node").stream().map(SelectedField::getSelectionSet).toList();
	}

	/** One statement being built: its parameters and the variables taken so far. */
	public final class Statement {

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		private int variables;

		private boolean selectedPropertiesOnly;

		public Map<String, Object> parameters() {
			return this.parameters;
		}

		/**
		 * The map expression of the node in {@code variable} (GraphQL type {@code type}) with the compiled fields of
		 * these selections (several when the same objects are selected under several aliases).
		 */
		public Projection project(String type, String variable, Collection<DataFetchingFieldSelectionSet> selections) {
			return project(type, variable, selections, "", this.selectedPropertiesOnly);
		}

		/**
		 * Nodes of the read model carry only the properties their selection reads (and the {@link CompiledFields#keptFields
		 * kept} ones), not every property: fields not selected cost nothing, in the database, on the wire and in the
		 * mapping. For the reads whose records go nowhere but into the answer (the roots' resolvers); a caller that
		 * uses its records for more (the analysis) keeps whole nodes.
		 */
		public Statement selectedPropertiesOnly() {
			this.selectedPropertiesOnly = true;
			return this;
		}

		private Projection project(String type, String variable, Collection<DataFetchingFieldSelectionSet> selections,
				String extras, boolean narrow) {
			Map<String, List<SelectedField>> byKey = new LinkedHashMap<>();
			for (DataFetchingFieldSelectionSet selection : selections) {
				for (SelectedField field : selection.getImmediateFields()) {
					byKey.computeIfAbsent(field.getResultKey(), (key) -> new ArrayList<>()).add(field);
				}
			}
			StringBuilder compiledFields = new StringBuilder();
			List<Entry> entries = new ArrayList<>();
			java.util.Set<String> compiledKeys = new java.util.HashSet<>();
			boolean[] wholeNode = { !narrow };
			byKey.forEach((resultKey, selected) -> {
				// the same key under two aliases of the same objects may differ in arguments: left to the resolver
				if (selected.size() != 1) {
					return;
				}
				SelectedField field = selected.get(0);
				CompiledField compiled = SelectionCompiler.this.fields.get(type + "." + field.getName());
				List<CompiledField.Part> parts = compiled != null ? compiled.parts(field.getArguments()) : null;
				if (parts == null || !SelectionCompiler.this.types.containsKey(compiled.targetType())) {
					return;
				}
				compiledKeys.add(resultKey);
				boolean exposesWholeNodes = compiled.exposesWholeNodes(field);
				wholeNode[0] |= exposesWholeNodes;
				DataFetchingFieldSelectionSet nested = compiled.nested(field);
				List<String> keys = new ArrayList<>();
				List<Projection> children = new ArrayList<>();
				for (CompiledField.Part part : parts) {
					int number = ++this.variables;
					String node = "n" + number;
					String body = bind(part.body(), variable, node, number, part.parameters());
					String partExtras = part.extras().isEmpty() ? ""
							: ", " + bind(part.extras(), variable, node, number, part.parameters());
					Projection child = project(compiled.targetType(), node, nested != null ? List.of(nested) : List.of(),
							partExtras, narrow && !exposesWholeNodes);
					String key = "f" + number;
					compiledFields.append(", ").append(key).append(": COLLECT { ").append(body).append(" RETURN ")
						.append(child.expression()).append(" }");
					keys.add(key);
					children.add(child);
				}
				entries.add(new Entry(resultKey, compiled, keys, children));
			});
			String node = wholeNode[0] ? variable : selectedProperties(type, variable, byKey, compiledKeys);
			String expression = "{node: " + node + extras + compiledFields + "}";
			return new Projection(SelectionCompiler.this.types.get(type), expression, entries);
		}

		/**
		 * {@code x {.id, .title, ...}}: the properties the fields of this level read; the whole node ({@code x}) where
		 * a selected field is neither a property of the record nor compiled (its resolver may read any property).
		 */
		private String selectedProperties(String type, String variable, Map<String, List<SelectedField>> byKey,
				java.util.Set<String> compiledKeys) {
			Class<?> record = SelectionCompiler.this.types.get(type);
			java.util.Set<String> properties = new java.util.LinkedHashSet<>();
			java.util.List<String> needed = new ArrayList<>();
			needed.add("id");
			needed.addAll(SelectionCompiler.this.kept.getOrDefault(type, List.of()));
			byKey.forEach((resultKey, selected) -> {
				if (!compiledKeys.contains(resultKey)) {
					selected.forEach((field) -> needed.add(field.getName()));
				}
			});
			for (String field : needed) {
				if (field.equals("__typename")) {
					continue;
				}
				String property = SelectionCompiler.this.graph.property(record, field);
				if (property == null) {
					return variable;
				}
				properties.add(property.matches("[A-Za-z_][A-Za-z0-9_]*") ? property
						: "`" + property.replace("`", "``") + "`");
			}
			StringBuilder projection = new StringBuilder(variable).append(" {");
			String separator = "";
			for (String property : properties) {
				projection.append(separator).append('.').append(property);
				separator = ", ";
			}
			return projection.append('}').toString();
		}

		private String bind(String text, String parent, String node, int number, Map<String, Object> parameters) {
			String bound = text.replace("{p}", parent).replace("{n}", node).replace("{r}", "r" + number);
			for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
				String name = "q" + number + "_" + parameter.getKey();
				bound = bound.replace("$[" + parameter.getKey() + "]", "$" + name);
				this.parameters.put(name, parameter.getValue());
			}
			return bound;
		}

		/**
		 * Runs the statement (one round trip: an auto-commit read, see {@link Graph#read}) and maps its one row, if
		 * any.
		 */
		public <T> Optional<T> one(String cypher, Function<Record, T> mapper) {
			List<T> rows = SelectionCompiler.this.graph.read(cypher, this.parameters, mapper);
			if (rows.size() > 1) {
				throw new org.springframework.dao.IncorrectResultSizeDataAccessException(1, rows.size());
			}
			return rows.stream().findFirst();
		}

	}

	private record Entry(String resultKey, CompiledField field, List<String> keys, List<Projection> children) {
	}

	/** How the objects of one level are read back. */
	public final class Projection {

		private final Class<?> type;

		private final String expression;

		private final List<Entry> entries;

		private Projection(Class<?> type, String expression, List<Entry> entries) {
			this.type = type;
			this.expression = expression;
			this.entries = entries;
		}

		public String expression() {
			return this.expression;
		}

		/** The record of one map of this projection, its compiled fields put in {@code prefetched}. */
		public <T> T read(Class<T> as, Value map, Prefetched prefetched) {
			return as.cast(read(map, prefetched));
		}

		/** The records of a list of maps of this projection. */
		public <T> List<T> readAll(Class<T> as, Value list, Prefetched prefetched) {
			return list.asList((map) -> read(as, map, prefetched));
		}

		private Object read(Value map, Prefetched prefetched) {
			Object node = SelectionCompiler.this.graph.map(this.type, map.get("node"));
			for (Entry entry : this.entries) {
				List<List<CompiledField.Row>> parts = new ArrayList<>(entry.keys().size());
				for (int i = 0; i < entry.keys().size(); i++) {
					Projection child = entry.children().get(i);
					parts.add(map.get(entry.keys().get(i)).asList((row) -> new CompiledField.Row(child.read(row, prefetched), row)));
				}
				prefetched.put(node, entry.resultKey(), entry.field().assemble(node, parts));
			}
			return node;
		}

	}

}
