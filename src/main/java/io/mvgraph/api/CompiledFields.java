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

}
