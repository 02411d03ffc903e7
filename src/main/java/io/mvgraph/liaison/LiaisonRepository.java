package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
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
import io.mvgraph.body.Body;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

import org.springframework.stereotype.Repository;

/** Cypher of the liaison read model. Each method is one round trip. */
@Repository
class LiaisonRepository {

	/**
	 * Whether liaison {@code l} awaits a reply: it asks for action or comments, it has been sent (and not answered
	 * nor closed), and no reply to it has gone out. The one definition of "awaiting reply" (the overdue list is
	 * this with a deadline passed).
	 */
	public static final String AWAITING_REPLY = """
			(l.purpose IN ['ACTION', 'COMMENT']
			 AND NOT coalesce(l.state, 'SENT') IN ['DRAFT', 'APPROVED', 'REPLIED', 'NOTED', 'CLOSED']
			 AND NOT EXISTS { MATCH (l)<-[:REPLY_TO]-(reply:Liaison)
			                  WHERE NOT coalesce(reply.state, 'SENT') IN ['DRAFT', 'APPROVED'] })""";

	private static final String FILTER = """
			MATCH (l:Liaison)
			WHERE ($state IS NULL OR coalesce(l.state, 'SENT') IN $state)
			  AND ($purpose IS NULL OR l.purpose IN $purpose)
			  AND ($sentFrom IS NULL OR l.sentOn >= $sentFrom)
			  AND ($sentUntil IS NULL OR l.sentOn <= $sentUntil)
			  AND ($identifier IS NULL OR EXISTS { MATCH (l)-[i:IDENTIFIED_BY]->(:Body) WHERE i.value = $identifier })
			  AND ($topic IS NULL
			       OR EXISTS { (l)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic}) }
			       OR EXISTS { (l)-[:CONCERNS]->(:WorkItem)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic}) })
			  AND ($body IS NULL
			       OR ($direction IS NULL OR $direction = 'OUTGOING')
			          AND EXISTS { (l)-[:FROM]->(:Body)-[:PART_OF%1$s]->(:Body {id: $body}) }
			       OR ($direction IS NULL OR $direction = 'INCOMING')
			          AND EXISTS { (l)-[:TO|CC]->(:Body)-[:PART_OF%1$s]->(:Body {id: $body}) })
			  AND ($awaitingReply IS NULL OR %2$s = $awaitingReply)
			""";

	private final Graph graph;

	LiaisonRepository(Graph graph) {
		this.graph = graph;
	}

	public Optional<Liaison> findById(String id) {
		return this.graph.node(Liaison.class, "MATCH (n:Liaison {id: $id}) RETURN n", Map.of("id", id));
	}

	/** Newest first (by sending date; undated last), then by id. */
	List<Liaison> page(LiaisonFilter filter, Cursor after, int limit) {
		Map<String, Object> parameters = filterParameters(filter);
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		return this.graph.nodes(Liaison.class, filter(filter) + """
				WITH l, coalesce(toString(l.sentOn), '') AS key
				WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND l.id > $afterId)
				RETURN l AS n ORDER BY key DESC, l.id LIMIT $limit
				""", parameters);
	}

	/** A compiled page: whether the filter's body and topic exist, the page (LIMIT), and the count when selected. */
	record CompiledPage(boolean bodyExists, boolean topicExists, List<Liaison> rows, long totalCount) {
	}

	/** One statement for a whole {@code liaisons} request (see {@link SelectionCompiler}). */
	CompiledPage compiledPage(SelectionCompiler.Statement statement, DataFetchingFieldSelectionSet selection,
			Prefetched prefetched, LiaisonFilter filter, Cursor after, int limit) {
		Map<String, Object> parameters = statement.parameters();
		parameters.putAll(filterParameters(filter));
		parameters.put("afterKey", after != null ? after.key() : null);
		parameters.put("afterId", after != null ? after.id() : null);
		parameters.put("limit", limit);
		boolean counted = selection.contains("totalCount");
		SelectionCompiler.Projection projection = statement.project("Liaison", "l", SelectionCompiler.nodes(selection));
		String cypher = "RETURN ($body IS NULL OR EXISTS { MATCH (:Body {id: $body}) }) AS bodyExists,\n"
				+ "  ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicExists,\n"
				+ "  COLLECT {\n" + filter(filter) + """
						WITH l, coalesce(toString(l.sentOn), '') AS key
						WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND l.id > $afterId)
						WITH l, key ORDER BY key DESC, l.id LIMIT $limit
						""" + "RETURN " + projection.expression() + " } AS rows"
				+ (counted ? ",\n  COUNT {\n" + filter(filter) + "} AS totalCount" : "");
		return statement.one(cypher, (record) -> new CompiledPage(record.get("bodyExists").asBoolean(),
				record.get("topicExists").asBoolean(), projection.readAll(Liaison.class, record.get("rows"), prefetched),
				counted ? record.get("totalCount").asLong() : 0L))
			.orElseThrow();
	}

	long count(LiaisonFilter filter) {
		return this.graph.client()
			.query(filter(filter) + "RETURN count(l)")
			.bindAll(filterParameters(filter))
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	static String sortKey(Liaison liaison) {
		return liaison.sentOn() != null ? liaison.sentOn().toString() : "";
	}

	private static String filter(LiaisonFilter filter) {
		// a variable-length bound cannot be a parameter: one of two constants
		return FILTER.formatted(filter.includeDescendants() ? "*0.." : "*0..0", AWAITING_REPLY);
	}

	private static Map<String, Object> filterParameters(LiaisonFilter filter) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("state", names(filter.state()));
		parameters.put("purpose", names(filter.purpose()));
		parameters.put("sentFrom", filter.sentFrom());
		parameters.put("sentUntil", filter.sentUntil());
		parameters.put("identifier", filter.identifier());
		parameters.put("topic", filter.topic());
		parameters.put("body", filter.body());
		parameters.put("direction", filter.direction() != null ? filter.direction().name() : null);
		parameters.put("awaitingReply", filter.awaitingReply());
		return parameters;
	}

	private static List<String> names(List<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null : values.stream().map(Enum::name).toList();
	}

	Map<String, List<Body>> copied(Collection<String> ids) {
		return this.graph.grouped(Body.class, """
				UNWIND $ids AS key
				MATCH (:Liaison {id: key})-[r:CC]->(n:Body)
				RETURN key, n ORDER BY key, r.position, n.id
				""", Map.of("ids", ids));
	}

	Map<String, List<Topic>> topics(Collection<String> ids) {
		return this.graph.grouped(Topic.class, """
				UNWIND $ids AS key
				MATCH (:Liaison {id: key})-[r:ABOUT]->(n:Topic)
				RETURN key, n ORDER BY key, r.position, n.id
				""", Map.of("ids", ids));
	}

	Map<String, List<LiaisonIdentifier>> identifiers(Collection<String> ids) {
		Map<String, List<LiaisonIdentifier>> grouped = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (:Liaison {id: key})-[r:IDENTIFIED_BY]->(n:Body)
				RETURN key, n, r.value AS value, r.url AS url ORDER BY key, r.position
				""")
			.bindAll(Map.of("ids", ids))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("key").asString(),
					new LiaisonIdentifier(this.graph.map(Body.class, record.get("n")), record.get("value").asString(),
							record.get("url").asString(null))))
			.all()
			.forEach((entry) -> grouped.computeIfAbsent((String) entry.getKey(), (key) -> new ArrayList<>())
				.add((LiaisonIdentifier) entry.getValue()));
		return grouped;
	}

	Map<String, List<LiaisonStateChange>> stateHistory(Collection<String> ids) {
		Map<String, List<LiaisonStateChange>> grouped = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (:Liaison {id: key})-[r:HAS_STATE_CHANGE]->(s:LiaisonStateChange)
				RETURN key, s.state AS state, s.on AS on, s.by AS by, s.note AS note ORDER BY key, r.position
				""")
			.bindAll(Map.of("ids", ids))
			.fetch()
			.all()
			.forEach((row) -> grouped.computeIfAbsent((String) row.get("key"), (key) -> new ArrayList<>())
				.add(new LiaisonStateChange(LiaisonState.valueOf((String) row.get("state")), (LocalDate) row.get("on"),
						(String) row.get("by"), (String) row.get("note"))));
		return grouped;
	}

	/** The workflows of each liaison ({@link LiaisonWorkflow}): INCOMING, OUTGOING or both. */
	Map<String, List<Direction>> workflows(Collection<String> ids) {
		Map<String, List<Direction>> grouped = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (l:Liaison {id: key})
				OPTIONAL MATCH (l)-[:FROM]->(s:Body)
				RETURN key, coalesce(%s, false) AS sender,
				  EXISTS { MATCH (l)-[:TO]->(t:Body) WHERE (s IS NULL OR t <> s) AND %s } AS addressed
				""".formatted(LiaisonStore.ITU_T_SIDE.formatted("s"), LiaisonStore.ITU_T_SIDE.formatted("t")))
			.bindAll(Map.of("ids", ids))
			.fetch()
			.all()
			.forEach((row) -> {
				LiaisonWorkflow workflow = LiaisonWorkflow.of(Boolean.TRUE.equals(row.get("sender")),
						Boolean.TRUE.equals(row.get("addressed")));
				List<Direction> directions = new ArrayList<>();
				if (workflow.incoming()) {
					directions.add(Direction.INCOMING);
				}
				if (workflow.outgoing()) {
					directions.add(Direction.OUTGOING);
				}
				grouped.put((String) row.get("key"), directions);
			});
		return grouped;
	}

	Map<String, LiaisonActionHolder> actionHolders(Collection<String> ids) {
		Map<String, LiaisonActionHolder> holders = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (l:Liaison {id: key}) WHERE l.actionHolderBody IS NOT NULL OR l.actionHolderPerson IS NOT NULL
				OPTIONAL MATCH (b:Body {id: l.actionHolderBody})
				OPTIONAL MATCH (p:Person {id: l.actionHolderPerson})
				RETURN key, b, l.actionHolderPerson AS personId, p.name AS personName
				""")
			.bindAll(Map.of("ids", ids))
			.fetchAs(Map.Entry.class)
			.mappedBy((typeSystem, record) -> Map.entry(record.get("key").asString(),
					new LiaisonActionHolder(record.get("b").isNull() ? null : this.graph.map(Body.class, record.get("b")),
							record.get("personId").asString(null), record.get("personName").asString(null))))
			.all()
			.forEach((entry) -> holders.put((String) entry.getKey(), (LiaisonActionHolder) entry.getValue()));
		return holders;
	}

	Map<String, List<String>> attachments(Collection<String> ids) {
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (l:Liaison {id: key}) WHERE l.attachments IS NOT NULL
				RETURN key, l.attachments AS attachments
				""")
			.bindAll(Map.of("ids", ids))
			.fetch()
			.all()
			.forEach((row) -> grouped.put((String) row.get("key"),
					((List<?>) row.get("attachments")).stream().map(String::valueOf).toList()));
		return grouped;
	}

	Map<String, Boolean> awaitingReply(Collection<String> ids) {
		Map<String, Boolean> awaiting = new LinkedHashMap<>();
		this.graph.client().query("""
				UNWIND $ids AS key
				MATCH (l:Liaison {id: key})
				RETURN key, %s AS awaiting
				""".formatted(AWAITING_REPLY))
			.bindAll(Map.of("ids", ids))
			.fetch()
			.all()
			.forEach((row) -> awaiting.put((String) row.get("key"), (Boolean) row.get("awaiting")));
		return awaiting;
	}

	Map<String, List<Body>> senders(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Liaison {id: key})-[:FROM]->(n:Body)", "n.id", ids);
	}

	Map<String, List<Body>> recipients(Collection<String> ids) {
		return this.graph.related(Body.class, "(:Liaison {id: key})-[r:TO]->(n:Body)", "r.position, n.id", ids);
	}

	Map<String, List<Liaison>> repliedTo(Collection<String> ids) {
		return this.graph.related(Liaison.class, "(:Liaison {id: key})-[:REPLY_TO]->(n:Liaison)", "n.id", ids);
	}

	Map<String, List<Liaison>> replies(Collection<String> ids) {
		return this.graph.related(Liaison.class, "(:Liaison {id: key})<-[:REPLY_TO]-(n:Liaison)", "n.sentOn, n.id", ids);
	}

	Map<String, List<WorkItem>> concerns(Collection<String> ids) {
		return this.graph.related(WorkItem.class, "(:Liaison {id: key})-[r:CONCERNS]->(n:WorkItem)", "r.position, n.id", ids);
	}

	/** The liaisons that concern each work item, oldest first. */
	Map<String, List<Liaison>> concerning(Collection<String> ids) {
		return this.graph.related(Liaison.class, "(:WorkItem {id: key})<-[:CONCERNS]-(n:Liaison)", "n.sentOn, n.id", ids);
	}

}
