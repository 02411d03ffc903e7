package io.mvgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.neo4j.driver.Value;

/**
 * A field of an object type that the {@link SelectionCompiler} can fetch inside the root's one statement, contributed
 * by the feature that owns its resolver (so that the Cypher of a field lives beside the batch query it replaces,
 * and gives the same rows in the same order). Its value is one or more {@code COLLECT} subqueries ({@link Part}s)
 * from the parent to the related nodes; {@link #assemble} turns their rows into what the resolver would return.
 */
public interface CompiledField {

	/** The GraphQL type the field belongs to ({@code WorkItem}). */
	String type();

	String field();

	/** The GraphQL type of the related objects ({@code Body}), whose own fields may be compiled in turn. */
	String targetType();

	/** The parts of the value for these arguments; null when these arguments are left to the resolver. */
	List<Part> parts(Map<String, Object> arguments);

	/** The selection compiled into the related objects: the field's own, unless the objects sit deeper. */
	default DataFetchingFieldSelectionSet nested(SelectedField field) {
		return field.getSelectionSet();
	}

	/**
	 * Whether the value also exposes objects beyond {@link #nested}'s selection, or the parent itself, to fields that
	 * read any property (a link's {@code from} and {@code to}): then the parent and the related objects are read as
	 * whole nodes ({@link SelectionCompiler.Statement#selectedPropertiesOnly} does not apply to them).
	 */
	default boolean exposesWholeNodes(SelectedField field) {
		return false;
	}

	/** The resolver's value from the rows of each part: by default the related objects, a list or the first. */
	Object assemble(Object parent, List<List<Row>> parts);

	/**
	 * One subquery: {@code body} matches from {@code {p}} (the parent) to {@code {n}} (a node of
	 * {@link #targetType}), may use the relationship variable {@code {r}} and parameters {@code $[name]}, and ends with
	 * {@code WITH ... ORDER BY ...}; {@code extras} are more entries of each row's map ({@code kind: type({r})}).
	 */
	record Part(String body, String extras, Map<String, Object> parameters) {

		public Part(String body) {
			this(body, "", Map.of());
		}

	}

	/** A related object, mapped, and the row it came from (for the extras). */
	record Row(Object node, Value value) {
	}

	/** A to-many or to-one relationship whose value is the related records in the order of one part. */
	static CompiledField relation(String type, String field, String targetType, boolean single, String body) {
		return relation(type, field, targetType, single, (arguments) -> List.of(new Part(body)));
	}

	static CompiledField relation(String type, String field, String targetType, boolean single,
			java.util.function.Function<Map<String, Object>, List<Part>> parts) {
		return new CompiledField() {

			@Override
			public String type() {
				return type;
			}

			@Override
			public String field() {
				return field;
			}

			@Override
			public String targetType() {
				return targetType;
			}

			@Override
			public List<Part> parts(Map<String, Object> arguments) {
				return parts.apply(arguments);
			}

			@Override
			public Object assemble(Object parent, List<List<Row>> rows) {
				List<Object> nodes = new ArrayList<>();
				rows.forEach((part) -> part.forEach((row) -> nodes.add(row.node())));
				if (single) {
					return nodes.isEmpty() ? null : nodes.get(0);
				}
				return nodes;
			}

		};
	}

}
