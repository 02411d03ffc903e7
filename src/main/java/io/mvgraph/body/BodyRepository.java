package io.mvgraph.body;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.Prefetched;
import io.mvgraph.api.SelectionCompiler;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.stereotype.Repository;

/** Cypher of the body read model. Each method is one round trip. */
@Repository
class BodyRepository {

	private static final String FILTER = """
			MATCH (b:Body)
			WHERE ($kinds IS NULL OR b.kind IN $kinds)
			  AND ($parent IS NULL OR EXISTS { (b)-[:PART_OF]->(:Body {id: $parent}) })
			""";

	private final Graph graph;

	BodyRepository(Graph graph) {
		this.graph = graph;
	}

	public Optional<Body> findById(String id) {
		return this.graph.node(Body.class, "MATCH (n:Body {id: $id}) RETURN n", Map.of("id", id));
	}

	List<Body> page(List<BodyKind> kinds, String parent, Cursor after, int limit) {
		Map<String, Object> parameters = filterParameters(kinds, parent);
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		return this.graph.nodes(Body.class, FILTER + """
				WITH b, toLower(b.name) AS key
				WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND b.id > $afterId)
				RETURN b AS n ORDER BY key, b.id LIMIT $limit
				""", parameters);
	}

	/** A compiled page: whether the filter's parent exists, the page (LIMIT), and the count when selected. */
	record CompiledPage(boolean parentExists, List<Body> rows, long totalCount) {
	}

	/** One statement for a whole {@code bodies} request (see {@link SelectionCompiler}). */
	CompiledPage compiledPage(SelectionCompiler.Statement statement, DataFetchingFieldSelectionSet selection,
			Prefetched prefetched, List<BodyKind> kinds, String parent, Cursor after, int limit) {
		Map<String, Object> parameters = statement.parameters();
		parameters.putAll(filterParameters(kinds, parent));
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		boolean counted = selection.contains("totalCount");
		SelectionCompiler.Projection projection = statement.project("Body", "b", SelectionCompiler.nodes(selection));
		String cypher = "RETURN ($parent IS NULL OR EXISTS { MATCH (:Body {id: $parent}) }) AS parentExists,\n"
				+ "  COLLECT {\n" + FILTER + """
						WITH b, toLower(b.name) AS key
						WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND b.id > $afterId)
						WITH b, key ORDER BY key, b.id LIMIT $limit
						""" + "RETURN " + projection.expression() + " } AS rows"
				+ (counted ? ",\n  COUNT {\n" + FILTER + "} AS totalCount" : "");
		return statement.one(cypher, (record) -> new CompiledPage(record.get("parentExists").asBoolean(),
				projection.readAll(Body.class, record.get("rows"), prefetched),
				counted ? record.get("totalCount").asLong() : 0L))
			.orElseThrow();
	}

	long count(List<BodyKind> kinds, String parent) {
		return this.graph.client()
			.query(FILTER + "RETURN count(b)")
			.bindAll(filterParameters(kinds, parent))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	static String sortKey(Body body) {
		return body.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The bodies with these ids, keyed by id (for fields that hold a body id). */
	Map<String, List<Body>> byIds(Collection<String> ids) {
		return this.graph.grouped(Body.class, """
				UNWIND $ids AS key
				MATCH (n:Body {id: key})
				RETURN key, n
				""", Map.of("ids", ids));
	}

	Map<String, List<Body>> parents(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Body {id: key})-[:PART_OF]->(n:Body)", "n.id", ids);
	}

	Map<String, List<Body>> children(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Body {id: key})<-[:PART_OF]-(n:Body)", "toLower(n.name), n.id", ids);
	}

	Map<String, List<Body>> successors(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Body {id: key})-[:SUCCEEDED_BY]->(n:Body)", "n.id", ids);
	}

	Map<String, List<Body>> predecessors(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Body {id: key})<-[:SUCCEEDED_BY]-(n:Body)", "n.id", ids);
	}

	Map<String, List<Body>> ancestors(Collection<String> ids) {
		return this.graph.related(Body.class, "path = (:Body {id: key})-[:PART_OF*1..]->(n:Body)", "length(path)", ids);
	}

	private static Map<String, Object> filterParameters(List<BodyKind> kinds, String parent) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("kinds", kinds == null || kinds.isEmpty() ? null : kinds.stream().map(Enum::name).toList());
		parameters.put("parent", parent);
		return parameters;
	}

}
