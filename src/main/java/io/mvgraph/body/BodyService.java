package io.mvgraph.body;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.api.Prefetched;
import io.mvgraph.api.SelectionCompiler;
import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading bodies and their hierarchy, in read transactions; the compiled reads are one statement each, an auto-commit
 * read in a read session ({@link io.mvgraph.api.Graph#read}).
 */
@Service
@Transactional(readOnly = true)
public class BodyService {

	private static final String ORDER = "NAME";

	private final BodyRepository bodies;

	private final Graph graph;

	private final GraphQlLimits limits;

	private final SelectionCompiler compiler;

	BodyService(BodyRepository bodies, Graph graph, GraphQlLimits limits, SelectionCompiler compiler) {
		this.compiler = compiler;
		this.bodies = bodies;
		this.graph = graph;
		this.limits = limits;
	}

	public Body get(String id) {
		return this.bodies.findById(id).orElseThrow(() -> ApiException.notFound("id", "body", id));
	}

	public Connection<Body> list(List<BodyKind> kinds, String parent, Integer first, String after) {
		int size = this.limits.pageSize(first, 50);
		Cursor cursor = Cursor.decode(after, ORDER);
		this.graph.requireExisting("parent", "Body", "body", parent);
		List<Body> rows = this.bodies.page(kinds, parent, cursor, size + 1);
		return Connection.of(rows, size, cursor != null, this.bodies.count(kinds, parent),
				(body) -> new Cursor(ORDER, BodyRepository.sortKey(body), body.id()));
	}

	/** {@code body} with all it selects in one statement (see {@link SelectionCompiler}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Body get(String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.compiler.byId("Body", Body.class, id, selection, context)
			.orElseThrow(() -> ApiException.notFound("id", "body", id));
	}

	/** {@code bodies} with all it selects in one statement: the same checks, page and cursors; the count if selected. */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Connection<Body> list(List<BodyKind> kinds, String parent, Integer first, String after,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		int size = this.limits.pageSize(first, 50);
		Cursor cursor = Cursor.decode(after, ORDER);
		BodyRepository.CompiledPage page = this.bodies.compiledPage(
				this.compiler.statement().selectedPropertiesOnly(), selection,
				Prefetched.of(context), kinds, parent, cursor, size + 1);
		if (parent != null && !page.parentExists()) {
			throw ApiException.notFound("parent", "body", parent);
		}
		return Connection.of(page.rows(), size, cursor != null, page.totalCount(),
				(body) -> new Cursor(ORDER, BodyRepository.sortKey(body), body.id()));
	}

	/** The bodies with these ids, keyed by id: one query, for the batch loaders of fields that hold a body id. */
	public Map<String, List<Body>> byIds(Collection<String> ids) {
		return this.bodies.byIds(ids);
	}

	public Map<String, List<Body>> parents(Collection<String> ids) {
		return this.bodies.parents(ids);
	}

	public Map<String, List<Body>> children(Collection<String> ids) {
		return this.bodies.children(ids);
	}

	public Map<String, List<Body>> successors(Collection<String> ids) {
		return this.bodies.successors(ids);
	}

	public Map<String, List<Body>> predecessors(Collection<String> ids) {
		return this.bodies.predecessors(ids);
	}

	public Map<String, List<Body>> ancestors(Collection<String> ids) {
		return this.bodies.ancestors(ids);
	}

}
