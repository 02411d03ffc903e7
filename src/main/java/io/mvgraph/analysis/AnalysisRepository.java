package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.CypherQueries;
import io.mvgraph.api.Graph;
import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Cypher of the analysis (the long queries live in {@code cypher/queries/}). Each method is one round trip. */
@Repository
class AnalysisRepository {

	private final Graph graph;

	AnalysisRepository(Graph graph) {
		this.graph = graph;
	}

	private Neo4jClient client() {
		return this.graph.client();
	}

	/**
	 * Everything the overlap model is built from; five statements, run in the caller's transaction.
	 * {@code withWithdrawn}: the work items withdrawn today too (as of an earlier day they may not have been).
	 */
	AnalysisCorpus corpus(boolean withWithdrawn) {
		Map<String, WorkItem> workItemNodes = new java.util.HashMap<>();
		Map<String, Topic> topicNodes = new java.util.HashMap<>();
		Map<String, Liaison> liaisonNodes = new java.util.HashMap<>();
		List<AnalysisCorpus.Item> items = new ArrayList<>(this.client()
			.query(CypherQueries.get("analysis-work-items"))
			.bind(withWithdrawn)
			.to("withWithdrawn")
			.fetchAs(AnalysisCorpus.Item.class)
			.mappedBy((types, row) -> {
				WorkItem node = this.graph.map(WorkItem.class, row.get("n"));
				workItemNodes.put(node.id(), node);
				return new AnalysisCorpus.Item(node.id(), node.designation(), node.title(), node.scope(),
						node.status() != null ? node.status().name() : null, row.get("owner").asString(),
						row.get("topics").asList(Value::asString));
			})
			.all());
		Map<String, Body> bodyNodes = new java.util.HashMap<>();
		List<AnalysisCorpus.BodyRow> bodies = corpusBodies(bodyNodes);
		List<AnalysisCorpus.TopicRow> topics = new ArrayList<>(this.client()
			.query(CypherQueries.get("analysis-topics"))
			.fetchAs(AnalysisCorpus.TopicRow.class)
			.mappedBy((types, row) -> {
				Topic node = this.graph.map(Topic.class, row.get("n"));
				topicNodes.put(node.id(), node);
				return new AnalysisCorpus.TopicRow(node.id(), string(row.get("parent")), node.name());
			})
			.all());
		List<AnalysisCorpus.Link> links = new ArrayList<>(this.client()
			.query(CypherQueries.get("analysis-links"))
			.fetchAs(AnalysisCorpus.Link.class)
			.mappedBy((types, row) -> new AnalysisCorpus.Link(row.get("from").asString(), row.get("to").asString(),
					row.get("kind").asString()))
			.all());
		List<AnalysisCorpus.LiaisonRow> liaisons = new ArrayList<>(this.client()
			.query(CypherQueries.get("analysis-liaisons"))
			.fetchAs(AnalysisCorpus.LiaisonRow.class)
			.mappedBy((types, row) -> {
				Liaison node = this.graph.map(Liaison.class, row.get("n"));
				liaisonNodes.put(node.id(), node);
				return new AnalysisCorpus.LiaisonRow(node.id(), row.get("from").asString(),
						row.get("to").asList(Value::asString), row.get("cc").asList(Value::asString),
						row.get("concerns").asList(Value::asString), string(row.get("kind")), node.note(), node.sentOn());
			})
			.all());
		return new AnalysisCorpus(items, bodies, topics, links, liaisons,
				new AnalysisCorpus.Nodes(workItemNodes, topicNodes, liaisonNodes, bodyNodes));
	}

	List<AnalysisCorpus.BodyRow> corpusBodies() {
		return corpusBodies(new java.util.HashMap<>());
	}

	private List<AnalysisCorpus.BodyRow> corpusBodies(Map<String, Body> nodes) {
		return new ArrayList<>(this.client()
			.query(CypherQueries.get("analysis-bodies"))
			.fetchAs(AnalysisCorpus.BodyRow.class)
			.mappedBy((types, row) -> {
				Body node = this.graph.map(Body.class, row.get("n"));
				nodes.put(node.id(), node);
				return new AnalysisCorpus.BodyRow(node.id(), string(row.get("parent")),
						node.kind() != null ? node.kind().name() : null, node.name(), node.acronym(),
						string(row.get("activeUntil")), string(row.get("succeededBy")),
						string(row.get("coordinationUnit")));
			})
			.all());
	}

	/** Counts and the time of the last recorded change: equal fingerprints, equal roadmap (for the analysis). */
	List<Object> fingerprint() {
		return this.client()
			.query(CypherQueries.get("analysis-fingerprint"))
			.fetchAs(List.class)
			.mappedBy((types, row) -> List.of(row.get("counts").asList(Value::asLong),
					row.get("lastChange").asList(Value::asString)))
			.one()
			.map((list) -> (List<Object>) list)
			.orElse(List.of());
	}


	/** What happened to a work item in a period: its history actions (CREATED, UPDATED) and STARTED. */
	record WorkItemActivity(WorkItem workItem, List<String> actions, ZonedDateTime at, String by, List<String> fields) {
	}

	List<WorkItemActivity> activity(ZonedDateTime from, ZonedDateTime to, LocalDate since, LocalDate until) {
		return new ArrayList<>(this.client()
			.query(CypherQueries.get("work-item-changes"))
			.bindAll(Map.of("from", from, "to", to, "since", since, "until", until))
			.fetchAs(WorkItemActivity.class)
			.mappedBy((types, row) -> new WorkItemActivity(this.graph.map(WorkItem.class, row.get("n")),
					row.get("actions").asList(Value::asString),
					row.get("at").isNull() ? null : row.get("at").asZonedDateTime(), string(row.get("by")),
					row.get("fields").asList(Value::asString)))
			.all());
	}

	/** One work item under one root area of the roadmap. */
	record RoadmapRow(String areaId, String areaName, WorkItem workItem, String owner, List<String> topics,
			List<String> topicIds) {
	}

	/** The last recorded change (its id and time), or null: what a roadmap document was produced from. */
	@SuppressWarnings("unchecked")
	List<String> lastChange() {
		return this.client()
			.query("MATCH (c:Change) WHERE c.at IS NOT NULL WITH c ORDER BY c.at DESC LIMIT 1 "
					+ "RETURN [c.id, toString(c.at), coalesce(c.origin, '')] AS change")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("change").asList(Value::asString))
			.one()
			.map((list) -> (List<String>) list)
			.orElse(null);
	}

	List<RoadmapRow> roadmap(List<String> status, String topic) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("status", status);
		parameters.put("topic", topic);
		return new ArrayList<>(this.client()
			.query(CypherQueries.get("roadmap"))
			.bindAll(parameters)
			.fetchAs(RoadmapRow.class)
			.mappedBy((types, row) -> new RoadmapRow(row.get("areaId").asString(), row.get("areaName").asString(),
					this.graph.map(WorkItem.class, row.get("n")), row.get("owner").asString(),
					row.get("topics").asList(Value::asString), row.get("topicIds").asList(Value::asString)))
			.all());
	}

	Map<String, WorkItem> workItems(Collection<String> ids) {
		return byId(WorkItem.class, "WorkItem", ids);
	}

	Map<String, Topic> topics(Collection<String> ids) {
		return byId(Topic.class, "Topic", ids);
	}

	Map<String, Liaison> liaisons(Collection<String> ids) {
		return byId(Liaison.class, "Liaison", ids);
	}

	Map<String, Body> bodies(Collection<String> ids) {
		return byId(Body.class, "Body", ids);
	}

	/** Nodes by id in one statement; the label is a constant of this class, never user input. */
	private <T> Map<String, T> byId(Class<T> type, String label, Collection<String> ids) {
		Map<String, T> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.graph.grouped(type, "UNWIND $ids AS key MATCH (n:" + label + " {id: key}) RETURN key, n",
				Map.of("ids", List.copyOf(ids)))
			.forEach((key, nodes) -> result.put(key, nodes.get(0)));
		return result;
	}

	private static String string(Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}

}
