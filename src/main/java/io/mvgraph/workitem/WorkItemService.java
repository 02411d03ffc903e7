package io.mvgraph.workitem;

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
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the roadmap's work items. Every method runs in a read transaction (routable to a replica); the compiled
 * reads are one statement each, an auto-commit read in a read session ({@link Graph#read}).
 */
@Service
@Transactional(readOnly = true)
public class WorkItemService {

	private final WorkItemRepository workItems;

	private final Graph graph;

	private final GraphQlLimits limits;

	private final SelectionCompiler compiler;

	WorkItemService(WorkItemRepository workItems, Graph graph, GraphQlLimits limits, SelectionCompiler compiler) {
		this.compiler = compiler;
		this.workItems = workItems;
		this.graph = graph;
		this.limits = limits;
	}

	public WorkItem get(String id) {
		return this.workItems.findById(id).orElseThrow(() -> ApiException.notFound("id", "work item", id));
	}

	public Connection<WorkItem> list(WorkItemFilter filter, Integer first, String after, WorkItemOrder order) {
		WorkItemFilter checked = filter != null ? filter : WorkItemFilter.NONE;
		checked.check();
		WorkItemOrder sort = order != null ? order : WorkItemOrder.DESIGNATION;
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, sort.name());
		this.graph.requireExisting("filter.owner", "Body", "body", checked.owner());
		this.graph.requireExisting("filter.topic", "Topic", "topic", checked.topic());
		List<WorkItem> rows = this.workItems.page(checked, sort, cursor, size + 1);
		return Connection.of(rows, size, cursor != null, this.workItems.count(checked),
				(item) -> new Cursor(sort.name(), WorkItemRepository.sortKey(item, sort), item.id()));
	}

	/** {@code workItem} with all it selects in one statement (see {@link SelectionCompiler}). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public WorkItem get(String id, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		return this.workItems
			.compiledOne(this.compiler.statement().selectedPropertiesOnly(), selection, Prefetched.of(context), id)
			.orElseThrow(() -> ApiException.notFound("id", "work item", id));
	}

	/**
	 * {@code workItems} with all it selects in one statement: the same checks, page, cursors and errors as
	 * {@link #list(WorkItemFilter, Integer, String, WorkItemOrder)}; the count only when selected.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Connection<WorkItem> list(WorkItemFilter filter, Integer first, String after, WorkItemOrder order,
			DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		WorkItemFilter checked = filter != null ? filter : WorkItemFilter.NONE;
		checked.check();
		WorkItemOrder sort = order != null ? order : WorkItemOrder.DESIGNATION;
		int size = this.limits.pageSize(first, 20);
		Cursor cursor = Cursor.decode(after, sort.name());
		WorkItemRepository.CompiledPage page = this.workItems.compiledPage(
				this.compiler.statement().selectedPropertiesOnly(), selection,
				Prefetched.of(context), checked, sort, cursor, size + 1);
		if (checked.owner() != null && !page.ownerExists()) {
			throw ApiException.notFound("filter.owner", "body", checked.owner());
		}
		if (checked.topic() != null && !page.topicExists()) {
			throw ApiException.notFound("filter.topic", "topic", checked.topic());
		}
		return Connection.of(page.rows(), size, cursor != null, page.totalCount(),
				(item) -> new Cursor(sort.name(), WorkItemRepository.sortKey(item, sort), item.id()));
	}

	public List<SearchHit> search(String text, Integer first) {
		int size = this.limits.pageSize(first, 20);
		return this.workItems.search(SearchText.toLuceneQuery(text), size);
	}

	public Map<String, List<Body>> owners(Collection<String> ids) {
		return this.workItems.owners(ids);
	}

	public Map<String, List<Topic>> topics(Collection<String> ids) {
		return this.workItems.topics(ids);
	}

	public Map<String, List<WorkItemLink>> links(Collection<String> ids) {
		return this.workItems.links(ids);
	}

	/** Answers a batch of {@link RelatedWorkItems} keys with one query per distinct pair of arguments. */
	public Map<RelatedWorkItems, List<WorkItem>> related(Collection<RelatedWorkItems> keys) {
		Map<RelatedWorkItems, List<WorkItem>> result = new java.util.HashMap<>();
		keys.stream()
			.collect(java.util.stream.Collectors.groupingBy(RelatedWorkItems::arguments))
			.forEach((arguments, group) -> {
				Map<String, List<WorkItem>> byId = this.workItems.related(arguments.via(),
						group.stream().map(RelatedWorkItems::id).toList(), arguments.status(), arguments.transitive());
				group.forEach((key) -> result.put(key, byId.getOrDefault(key.id(), List.of())));
			});
		return result;
	}

}
