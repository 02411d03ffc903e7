package io.mvgraph.api;

import java.util.List;
import java.util.Map;

/**
 * What a feature contributes to the {@link SelectionCompiler}: the records its GraphQL types map onto, and the
 * fields it resolves that can be fetched inside another root's statement.
 */
public interface CompiledFields {

	/** GraphQL type name to the {@code @Node} record its nodes map onto. */
	Map<String, Class<?>> types();

	List<CompiledField> fields();

	/**
	 * GraphQL type name to the record components every read of it needs whatever a client selects (the sort keys
	 * that a connection's cursors are made of): nodes of these types carry them even where the selection reads only
	 * other properties ({@link SelectionCompiler.Statement#selectedPropertiesOnly}).
	 */
	default Map<String, List<String>> keptFields() {
		return Map.of();
	}

}
