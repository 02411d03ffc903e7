package io.mvgraph.analysis;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordKind;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The Cypher of {@code (:Finding)} nodes: their lifecycle ({@link FindingRecord}, written through {@code Edits}),
 * and the content as last computed (units, subject, pairs, texts), kept so that a finding that is no longer computed
 * (resolved by a channel, dismissed by rejecting its pairs) can still be shown, and so that a new pair joining a
 * dismissed finding can be told.
 */
@Component
class FindingStore implements RecordKind<FindingRecord> {

	/** A finding node: its lifecycle and its content as last computed. */
	record Stored(FindingRecord record, long version, ZonedDateTime statusChangedAt, String statusChangedBy,
			FindingScope scope, String unitA, String unitB, String subject, List<String> owners, List<String> pairs,
			List<String> sharedTopics, double severity, String statement, String proposedAction) {
	}

	private static final String RETURN = "RETURN n";

	private final Neo4jClient client;

	FindingStore(Neo4jClient client) {
		this.client = client;
	}

	@Override
	public EntityType type() {
		return EntityType.FINDING;
	}

	@Override
	public String idOf(FindingRecord record) {
		return record.id();
	}

	@Override
	public List<FindingRecord> read(Collection<String> ids) {
		return stored(ids).stream().map(Stored::record).toList();
	}

	/** The finding nodes with these ids: one statement. */
	List<Stored> stored(Collection<String> ids) {
		return List.copyOf(this.client.query("UNWIND $ids AS id MATCH (n:Finding {id: id}) " + RETURN)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Stored.class)
			.mappedBy((typeSystem, record) -> stored(record.get("n")))
			.all());
	}

	/** Every finding node: one statement (a few hundred on the reference data). */
	/** Every finding node, by id, as a Cypher expression (for the one statement of {@code findings}). */
	static final String ALL = "COLLECT { MATCH (n:Finding) RETURN n ORDER BY n.id }";

	List<Stored> all() {
		return List.copyOf(this.client.query("MATCH (n:Finding) " + RETURN + " ORDER BY n.id")
			.fetchAs(Stored.class)
			.mappedBy((typeSystem, record) -> stored(record.get("n")))
			.all());
	}

	/** Every finding node, write-locked until the commit (in the order of their ids), for the reconciliation. */
	List<Stored> lockAll() {
		return List.copyOf(this.client
			.query("MATCH (n:Finding) WITH n ORDER BY n.id SET n.lockedAt = timestamp() REMOVE n.lockedAt " + RETURN)
			.fetchAs(Stored.class)
			.mappedBy((typeSystem, record) -> stored(record.get("n")))
			.all());
	}

	@Override
	public void write(List<FindingRecord> records, ZonedDateTime now, String user) {
		List<Map<String, Object>> rows = records.stream().map((record) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", record.id());
			row.put("status", record.status().name());
			row.put("note", record.note());
			row.put("meeting", record.meeting());
			row.put("liaison", record.liaison());
			row.put("report", record.report());
			row.put("resolvedBy", record.resolvedBy());
			row.put("resolvedByLiaisons", record.resolvedByLiaisons());
			return row;
		}).toList();
		this.client.query("""
				UNWIND $rows AS row
				MERGE (n:Finding {id: row.id})
				ON CREATE SET n.version = 0, n.createdAt = $now, n.createdBy = $user, n.status = 'OPEN'
				SET n.statusChangedAt = CASE WHEN n.status = row.status AND n.statusChangedAt IS NOT NULL
				                             THEN n.statusChangedAt ELSE $now END,
				    n.statusChangedBy = CASE WHEN n.status = row.status AND n.statusChangedBy IS NOT NULL
				                             THEN n.statusChangedBy ELSE $user END
				SET n.version = n.version + 1, n.updatedAt = $now, n.updatedBy = $user, n.status = row.status,
				    n.note = row.note, n.meeting = row.meeting, n.liaison = row.liaison, n.report = row.report,
				    n.resolvedBy = row.resolvedBy, n.resolvedByLiaisons = row.resolvedByLiaisons
				""").bindAll(Map.of("rows", rows, "now", now, "user", user)).run();
	}

	/**
	 * Keeps the computed content of these findings on their nodes, creating a node (OPEN, version 0) for a finding
	 * computed for the first time. Not an edit: the version stays, nothing is recorded (content is computed; only
	 * lifecycle moves are changes). Writes only the nodes whose content moved.
	 */
	void keepContent(OverlapModel model, List<Findings.Draft> drafts, ZonedDateTime now, String user) {
		if (drafts.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = drafts.stream().map((draft) -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", draft.id());
			row.put("scope", draft.scope().name());
			row.put("unitA", model.bodyIds[draft.unitA()]);
			row.put("unitB", model.bodyIds[draft.unitB()]);
			row.put("subject", model.topicIds[draft.subject()]);
			row.put("owners", java.util.Arrays.stream(draft.owners()).mapToObj((owner) -> model.bodyIds[owner]).toList());
			row.put("pairs", draft.pairIds(model));
			row.put("sharedTopics", draft.sharedTopics());
			row.put("severity", draft.severity());
			row.put("statement", draft.statement());
			row.put("proposedAction", draft.proposedAction());
			return row;
		}).toList();
		this.client.query("""
				UNWIND $rows AS row
				MERGE (n:Finding {id: row.id})
				ON CREATE SET n.version = 0, n.createdAt = $now, n.createdBy = $user, n.status = 'OPEN'
				WITH n, row
				WHERE n.pairs IS NULL OR n.pairs <> row.pairs OR n.statement <> row.statement
				   OR n.proposedAction <> row.proposedAction OR n.severity <> row.severity OR n.owners <> row.owners
				   OR n.sharedTopics <> row.sharedTopics OR n.scope <> row.scope
				SET n.scope = row.scope, n.unitA = row.unitA, n.unitB = row.unitB, n.subject = row.subject,
				    n.owners = row.owners, n.pairs = row.pairs, n.sharedTopics = row.sharedTopics,
				    n.severity = row.severity, n.statement = row.statement, n.proposedAction = row.proposedAction
				""").bindAll(Map.of("rows", rows, "now", now, "user", user)).run();
	}

	/** One recorded change of a finding's lifecycle: the fields it changed and their values before (JSON text). */
	record LifecycleChange(String id, ZonedDateTime at, String action, List<String> fields, List<String> before) {
	}

	/** The lifecycle changes of the findings whose nodes changed at or after {@code from}, oldest first: one statement. */
	List<LifecycleChange> changesFrom(ZonedDateTime from) {
		return List.copyOf(this.client.query("""
				MATCH (later:Change) WHERE later.entityType = 'FINDING' AND later.at >= $from
				WITH collect(DISTINCT later.entityId) AS ids
				UNWIND ids AS id
				MATCH (c:Change {entityId: id}) WHERE c.entityType = 'FINDING'
				RETURN c.entityId AS id, c.at AS at, c.action AS action, c.fields AS fields, c.before AS before
				ORDER BY c.at, elementId(c)
				""")
			.bind(from)
			.to("from")
			.fetchAs(LifecycleChange.class)
			.mappedBy((typeSystem, record) -> new LifecycleChange(record.get("id").asString(),
					record.get("at").asZonedDateTime(), record.get("action").asString(null),
					record.get("fields").isNull() ? List.of() : record.get("fields").asList(Value::asString),
					record.get("before").isNull() ? List.of() : record.get("before").asList(Value::asString)))
			.all());
	}

	/**
	 * The finding nodes as they stood before {@code from}: the lifecycle changes recorded since undone, latest first
	 * (status, note, where it was reported); one created since is left out (a finding without a node is OPEN).
	 */
	Map<String, Stored> asOf(Map<String, Stored> nodes, ZonedDateTime from) {
		List<LifecycleChange> changes = changesFrom(from);
		if (changes.isEmpty()) {
			return nodes;
		}
		Map<String, Stored> result = new HashMap<>(nodes);
		// when each kept its status of the day: the last status move before the day ended
		Map<String, ZonedDateTime> statusSince = new HashMap<>();
		for (LifecycleChange change : changes) {
			if (change.at().isBefore(from) && change.fields().contains("status")) {
				statusSince.put(change.id(), change.at());
			}
		}
		for (int i = changes.size() - 1; i >= 0; i--) {
			LifecycleChange change = changes.get(i);
			if (change.at().isBefore(from)) {
				continue;
			}
			Stored node = result.get(change.id());
			if (node == null) {
				continue;
			}
			if ("CREATED".equals(change.action())) {
				result.remove(change.id());
				continue;
			}
			FindingRecord r = node.record();
			FindingStatus status = r.status();
			String note = r.note();
			String meeting = r.meeting();
			String liaison = r.liaison();
			String report = r.report();
			for (int f = 0; f < change.fields().size() && f < change.before().size(); f++) {
				String value = RoadmapAsOf.unquote(change.before().get(f));
				switch (change.fields().get(f)) {
					case "status" -> status = value == null ? FindingStatus.OPEN : FindingStatus.valueOf(value);
					case "note" -> note = value;
					case "meeting" -> meeting = value;
					case "liaison" -> liaison = value;
					case "report" -> report = value;
					default -> {
					}
				}
			}
			FindingRecord before = new FindingRecord(r.id(), status, note, meeting, liaison, report, r.resolvedBy(),
					r.resolvedByLiaisons());
			result.put(change.id(), new Stored(before, node.version(), statusSince.get(change.id()), null, node.scope(), node.unitA(),
					node.unitB(), node.subject(), node.owners(), node.pairs(), node.sharedTopics(), node.severity(),
					node.statement(), node.proposedAction()));
		}
		return result;
	}

	/** A finding node as read (also by {@link AnalysisStatement}'s statement). */
	static Stored stored(Value n) {
		FindingRecord record = new FindingRecord(n.get("id").asString(),
				FindingStatus.valueOf(n.get("status").asString("OPEN")), text(n, "note"), text(n, "meeting"),
				text(n, "liaison"), text(n, "report"), text(n, "resolvedBy"), strings(n, "resolvedByLiaisons"));
		String scope = text(n, "scope");
		return new Stored(record, n.get("version").asLong(0),
				n.get("statusChangedAt").isNull() ? null : n.get("statusChangedAt").asZonedDateTime(),
				text(n, "statusChangedBy"), scope == null ? null : FindingScope.valueOf(scope), text(n, "unitA"),
				text(n, "unitB"), text(n, "subject"), strings(n, "owners"), strings(n, "pairs"),
				strings(n, "sharedTopics"), n.get("severity").asDouble(0), text(n, "statement"),
				text(n, "proposedAction"));
	}

	private static String text(Value n, String key) {
		return n.get(key).isNull() ? null : n.get(key).asString();
	}

	private static List<String> strings(Value n, String key) {
		return n.get(key).isNull() ? List.of() : n.get(key).asList(Value::asString);
	}

}
