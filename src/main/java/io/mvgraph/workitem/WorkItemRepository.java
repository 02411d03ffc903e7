package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingFieldSelectionSet;

import io.mvgraph.api.Cursor;
import io.mvgraph.api.Graph;
import io.mvgraph.api.PartialDateCypher;
import io.mvgraph.api.Prefetched;
import io.mvgraph.api.SelectionCompiler;
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;

import org.springframework.stereotype.Repository;

/** Cypher of the work item read model. Each method is one round trip. */
@Repository
class WorkItemRepository {

	/**
	 * The work items a filter selects, bound to {@code w}: only the conditions the filter sets (an unset one used to
	 * be a {@code $x IS NULL OR ...} evaluated on every work item; left out, the planner sees the plain scan or the
	 * index it can use). The text is built from constants; every value is a parameter ({@link #filterParameters}).
	 */
	static String filter(WorkItemFilter filter) {
		List<String> conditions = new ArrayList<>();
		if (filter.status() != null && !filter.status().isEmpty()) {
			conditions.add("w.status IN $status");
		}
		if (filter.owner() != null) {
			conditions.add("EXISTS { (w)-[:OWNED_BY]->(:Body)-[:PART_OF*0..]->(:Body {id: $owner}) }");
		}
		if (filter.topic() != null) {
			conditions.add("EXISTS { (w)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic}) }");
		}
		if (filter.confidence() != null) {
			conditions.add("w.confidence = $confidence");
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			conditions.add("(toLower(coalesce(w.designation, '')) CONTAINS $text OR toLower(w.title) CONTAINS $text"
					+ " OR toLower(coalesce(w.scope, '')) CONTAINS $text)");
		}
		if (filter.published() != null) {
			conditions.add(period("published", "w.publishedDate"));
		}
		if (filter.due() != null) {
			conditions.add(period("due", "w.targetDate"));
		}
		return "MATCH (w:WorkItem)\n" + (conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions) + "\n");
	}

	/** A period filter on a partial-date property: the intervals meet (PartialDate.meets). */
	private static String period(String name, String property) {
		return "(" + property + " IS NOT NULL"
				+ " AND ($" + name + "From IS NULL OR " + PartialDateCypher.end(property) + " >= $" + name + "From)"
				+ " AND ($" + name + "Until IS NULL OR " + PartialDateCypher.start(property) + " <= $" + name + "Until))";
	}

	private final Graph graph;

	WorkItemRepository(Graph graph) {
		this.graph = graph;
	}

	public Optional<WorkItem> findById(String id) {
		return this.graph.node(WorkItem.class, "MATCH (n:WorkItem {id: $id}) RETURN n", Map.of("id", id));
	}

	List<WorkItem> page(WorkItemFilter filter, WorkItemOrder order, Cursor after, int limit) {
		Map<String, Object> parameters = filterParameters(filter);
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		// the sort key is one of the enum's own expressions, never user input
		String cypher = filter(filter) + "WITH w, " + order.sortKey + " AS key\n" + """
				WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND w.id > $afterId)
				RETURN w AS n ORDER BY key, w.id LIMIT $limit
				""";
		return this.graph.nodes(WorkItem.class, cypher, parameters);
	}

	/** A compiled page: the filter's body and topic checks, the page (LIMIT), and the count when selected. */
	record CompiledPage(boolean ownerExists, boolean topicExists, List<WorkItem> rows, long totalCount) {
	}

	/**
	 * One statement for a whole {@code workItems} request: whether the filter's body and topic exist, the page with
	 * whatever its nodes select (see {@link SelectionCompiler}), and the count only when {@code totalCount} is
	 * selected.
	 */
	CompiledPage compiledPage(SelectionCompiler.Statement statement, DataFetchingFieldSelectionSet selection,
			Prefetched prefetched, WorkItemFilter filter, WorkItemOrder order, Cursor after, int limit) {
		Map<String, Object> parameters = statement.parameters();
		parameters.putAll(filterParameters(filter));
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		boolean counted = selection.contains("totalCount");
		SelectionCompiler.Projection projection = statement.project("WorkItem", "w", SelectionCompiler.nodes(selection));
		String cypher = pageCypher(filter, order, projection.expression(), counted);
		return statement.one(cypher, (record) -> new CompiledPage(record.get("ownerExists").asBoolean(),
				record.get("topicExists").asBoolean(), projection.readAll(WorkItem.class, record.get("rows"), prefetched),
				counted ? record.get("totalCount").asLong() : 0L))
			.orElseThrow();
	}

	static String pageCypher(WorkItemFilter filter, WorkItemOrder order, String projection, boolean counted) {
		// the sort key is one of the enum's own expressions, never user input
		return "RETURN ($owner IS NULL OR EXISTS { MATCH (:Body {id: $owner}) }) AS ownerExists,\n"
				+ "  ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicExists,\n"
				+ "  COLLECT {\n" + filter(filter) + "WITH w, " + order.sortKey + " AS key\n"
				+ "WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND w.id > $afterId)\n"
				+ "WITH w, key ORDER BY key, w.id LIMIT $limit\n"
				+ "RETURN " + projection + " } AS rows"
				+ (counted ? ",\n  COUNT {\n" + filter(filter) + "} AS totalCount" : "");
	}

	/** One statement for a {@code workItem} request: the work item with whatever it selects; empty when unknown. */
	Optional<WorkItem> compiledOne(SelectionCompiler.Statement statement, DataFetchingFieldSelectionSet selection,
			Prefetched prefetched, String id) {
		statement.parameters().put("id", id);
		SelectionCompiler.Projection projection = statement.project("WorkItem", "w", List.of(selection));
		return statement.one("MATCH (w:WorkItem {id: $id}) RETURN " + projection.expression() + " AS item",
				(record) -> projection.read(WorkItem.class, record.get("item"), prefetched));
	}

	long count(WorkItemFilter filter) {
		return this.graph.client()
			.query(filter(filter) + "RETURN count(w) AS count")
			.bindAll(filterParameters(filter))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/** The sort key of a work item in an order, as the page query computes it (for cursors). */
	static String sortKey(WorkItem item, WorkItemOrder order) {
		return switch (order) {
			case DESIGNATION -> (item.designation() != null ? item.designation() : item.title()).toLowerCase(java.util.Locale.ROOT);
			case TITLE -> item.title().toLowerCase(java.util.Locale.ROOT);
			case ID -> item.id();
		};
	}

	List<SearchHit> search(String luceneQuery, int first) {
		return new ArrayList<>(this.graph.client()
			.query("""
					CALL db.index.fulltext.queryNodes('work_item_text', $query, {limit: $first}) YIELD node, score
					RETURN node AS n, score ORDER BY score DESC, n.id
					""")
			.bindAll(Map.of("query", luceneQuery, "first", first))
			.fetchAs(SearchHit.class)
			.mappedBy((typeSystem, record) -> new SearchHit(this.graph.map(WorkItem.class, record.get("n")),
					record.get("score").asDouble()))
			.all());
	}

	/**
	 * The work items of each body (with {@code transitive}, also of the bodies below it) or about each topic
	 * (with {@code transitive}, also about its sub-topics).
	 */
	Map<String, List<WorkItem>> related(RelatedWorkItems.Via via, Collection<String> ids, List<WorkItemStatus> status,
			boolean transitive) {
		String path = switch (via) {
			case OWNER -> transitive ? "(:Body {id: key})<-[:PART_OF*0..]-(:Body)<-[:OWNED_BY]-(n:WorkItem)"
					: "(:Body {id: key})<-[:OWNED_BY]-(n:WorkItem)";
			case TOPIC -> transitive ? "(:Topic {id: key})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-(n:WorkItem)"
					: "(:Topic {id: key})<-[:ABOUT]-(n:WorkItem)";
		};
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("ids", ids);
		parameters.put("status", status == null || status.isEmpty() ? null : status.stream().map(Enum::name).toList());
		return this.graph.grouped(WorkItem.class, "UNWIND $ids AS key MATCH " + path + """

				WHERE $status IS NULL OR n.status IN $status
				WITH DISTINCT key, n
				RETURN key, n ORDER BY key, toLower(coalesce(n.designation, n.title)), n.id
				""", parameters);
	}

	Map<String, List<Body>> owners(Collection<String> ids) {
		return this.graph.related(Body.class, "(:WorkItem {id: key})-[:OWNED_BY]->(n:Body)", "n.id", ids);
	}

	Map<String, List<Topic>> topics(Collection<String> ids) {
		return this.graph.related(Topic.class, "(:WorkItem {id: key})-[r:ABOUT]->(n:Topic)", "r.position, n.id", ids);
	}

	Map<String, List<WorkItemLink>> links(Collection<String> ids) {
		Map<String, List<WorkItemLink>> links = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (w:WorkItem {id: key})
				CALL (w) {
				  MATCH (w)-[l:%1$s]->(other:WorkItem)
				  RETURN type(l) AS kind, 'OUTGOING' AS direction, other, l.position AS position
				  UNION ALL
				  MATCH (w)<-[l:%1$s]-(other:WorkItem)
				  RETURN type(l) AS kind, 'INCOMING' AS direction, other, l.position AS position
				}
				RETURN key, w, other, kind, direction
				ORDER BY key, direction DESC, position, other.id
				""".formatted(WorkItemLinkKind.ALL))
			.bindAll(Map.of("ids", ids))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> {
				WorkItem self = this.graph.map(WorkItem.class, record.get("w"));
				WorkItem other = this.graph.map(WorkItem.class, record.get("other"));
				WorkItemLink.LinkDirection direction = WorkItemLink.LinkDirection.valueOf(record.get("direction").asString());
				WorkItemLinkKind kind = WorkItemLinkKind.valueOf(record.get("kind").asString());
				WorkItemLink link = direction == WorkItemLink.LinkDirection.OUTGOING
						? new WorkItemLink(kind, direction, self, other) : new WorkItemLink(kind, direction, other, self);
				return Map.entry(record.get("key").asString(), link);
			})
			.all()
			.forEach((entry) -> links.computeIfAbsent((String) entry.getKey(), (key) -> new ArrayList<>())
				.add((WorkItemLink) entry.getValue()));
		return links;
	}

	private static Map<String, Object> filterParameters(WorkItemFilter filter) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("status", filter.status() == null || filter.status().isEmpty() ? null
				: filter.status().stream().map(Enum::name).toList());
		parameters.put("owner", filter.owner());
		parameters.put("topic", filter.topic());
		parameters.put("confidence", filter.confidence());
		parameters.put("text", filter.text() == null || filter.text().isBlank() ? null
				: filter.text().strip().toLowerCase(java.util.Locale.ROOT));
		period(parameters, "published", filter.published());
		period(parameters, "due", filter.due());
		return parameters;
	}

	private static void period(Map<String, Object> parameters, String name, WorkItemFilter.Period period) {
		parameters.put(name, period != null ? Boolean.TRUE : null);
		parameters.put(name + "From", period != null ? period.from() : null);
		parameters.put(name + "Until", period != null ? period.until() : null);
	}

}
