package io.mvgraph.liaison;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.date;
import static io.mvgraph.api.RecordCypher.enumValue;
import static io.mvgraph.api.RecordCypher.maps;
import static io.mvgraph.api.RecordCypher.string;
import static io.mvgraph.api.RecordCypher.strings;

/**
 * The Cypher that reads and writes {@link LiaisonRecord}s, the canonical form of the graph's liaisons: for the
 * import (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both).
 * One statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class LiaisonStore extends RecordStore<LiaisonRecord> {

	LiaisonStore(RecordCypher cypher) {
		super(EntityType.LIAISON, cypher);
	}

	@Override
	protected List<LiaisonRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Liaison) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  from: COLLECT { MATCH (n)-[:FROM]->(b:Body) RETURN b.id }[0],
				  to: COLLECT { MATCH (n)-[r:TO]->(b:Body) RETURN b.id ORDER BY r.position, b.id },
				  cc: COLLECT { MATCH (n)-[r:CC]->(b:Body) RETURN b.id ORDER BY r.position, b.id },
				  stateHistory: COLLECT { MATCH (n)-[r:HAS_STATE_CHANGE]->(s:LiaisonStateChange)
				                          RETURN s {.state, .on, .by, .note} ORDER BY r.position },
				  replyTo: COLLECT { MATCH (n)-[:REPLY_TO]->(l:Liaison) RETURN l.id }[0],
				  concerns: COLLECT { MATCH (n)-[r:CONCERNS]->(w:WorkItem) RETURN w.id ORDER BY r.position, w.id },
				  topics: COLLECT { MATCH (n)-[r:ABOUT]->(t:Topic) RETURN t.id ORDER BY r.position, t.id },
				  identifiers: COLLECT { MATCH (n)-[r:IDENTIFIED_BY]->(b:Body)
				                         RETURN {body: b.id, value: r.value, url: r.url} ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new LiaisonRecord(string(row, "id"), string(row, "title"),
					enumValue(LiaisonKind.class, row, "kind"), string(row, "from"),
					strings(row, "to"), strings(row, "cc"), LiaisonPurpose.valueOf(string(row, "purpose")),
					enumValue(LiaisonState.class, row, "state"),
					maps(row, "stateHistory").stream()
						.map((change) -> new LiaisonRecord.StateChange(enumValue(LiaisonState.class, change, "state"),
								date(change, "on"), string(change, "by"), string(change, "note")))
						.toList(),
					date(row, "sentOn"), date(row, "deadline"), string(row, "replyTo"), strings(row, "concerns"),
					strings(row, "topics"),
					maps(row, "identifiers").stream()
						.map((identifier) -> new LiaisonRecord.Identifier(string(identifier, "body"),
								string(identifier, "value"), string(identifier, "url")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note"),
					string(row, "actionHolderBody") != null || string(row, "actionHolderPerson") != null
							? new LiaisonRecord.ActionHolder(string(row, "actionHolderBody"), string(row, "actionHolderPerson"))
							: null,
					strings(row, "attachments")))
			.toList();
	}

	@Override
	public void write(List<LiaisonRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("liaisons", records, now, user, LiaisonStore::row, """
				UNWIND $rows AS row
				MERGE (n:Liaison {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.title = row.title, n.kind = row.kind, n.purpose = row.purpose, n.state = row.state, n.sentOn = row.sentOn,
				    n.deadline = row.deadline, n.actionHolderBody = row.actionHolderBody,
				    n.actionHolderPerson = row.actionHolderPerson, n.attachments = row.attachments
				WITH n, row
				CALL (n) {
				  MATCH (n)-[old:FROM|TO|CC|CONCERNS|ABOUT|IDENTIFIED_BY]->() DELETE old
				}
				CALL (n) {
				  MATCH (n)-[:HAS_STATE_CHANGE]->(old:LiaisonStateChange) DETACH DELETE old
				}
				WITH n, row
				MATCH (sender:Body {id: row.from})
				CREATE (n)-[:FROM]->(sender)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.to) - 1) AS i
				  MATCH (b:Body {id: row.to[i]})
				  CREATE (n)-[:TO {position: i}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.cc) - 1) AS i
				  MATCH (b:Body {id: row.cc[i]})
				  CREATE (n)-[:CC {position: i}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.concerns) - 1) AS i
				  MATCH (w:WorkItem {id: row.concerns[i]})
				  CREATE (n)-[:CONCERNS {position: i}]->(w)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.topics) - 1) AS i
				  MATCH (t:Topic {id: row.topics[i]})
				  CREATE (n)-[:ABOUT {position: i}]->(t)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.identifiers) - 1) AS i
				  WITH i, row.identifiers[i] AS identifier
				  MATCH (b:Body {id: identifier.body})
				  CREATE (n)-[:IDENTIFIED_BY {position: i, value: identifier.value, url: identifier.url}]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.stateHistory) - 1) AS i
				  WITH i, row.stateHistory[i] AS change
				  CREATE (n)-[:HAS_STATE_CHANGE {position: i}]->(:LiaisonStateChange {state: change.state, on: change.on,
				                                                                     by: change.by, note: change.note})
				}
				""");
		this.cypher.writeReference("liaison replies", records, now, user, LiaisonStore::row, "Liaison", "REPLY_TO", "replyTo");
	}

	/**
	 * Whether a body is on the ITU-T side (the JCA-MV, TSAG, an ITU-T group): a body of an ITU-T kind, or one with
	 * ITU-T above it. The same rule as {@code cypher/queries/tsag-liaisons.cypher}; {@code %1$s} is the variable.
	 */
	public static final String ITU_T_SIDE = "(%1$s.kind IN ['ITU_T_SG', 'ITU_T_QUESTION', 'ITU_T_GROUP', 'TSAG'] "
			+ "OR EXISTS { (%1$s)-[:PART_OF*0..8]->(:Body {id: 'itu-t'}) })";

	/** The workflows a statement from {@code from} to {@code to} follows ({@link LiaisonWorkflow}): one statement. */
	LiaisonWorkflow workflow(String from, List<String> to) {
		Map<String, Object> row = this.cypher.client().query("""
				OPTIONAL MATCH (s:Body {id: $from})
				RETURN coalesce(%s, false) AS sender,
				  EXISTS { MATCH (t:Body) WHERE t.id IN $to AND t.id <> $from AND %s } AS addressed
				""".formatted(ITU_T_SIDE.formatted("s"), ITU_T_SIDE.formatted("t")))
			.bindAll(Map.of("from", from, "to", to))
			.fetch()
			.one()
			.orElseThrow();
		return LiaisonWorkflow.of(Boolean.TRUE.equals(row.get("sender")), Boolean.TRUE.equals(row.get("addressed")));
	}

	/** The liaisons that concern a work item. */
	public List<String> concerning(String workItemId) {
		return List.copyOf(this.cypher.client()
			.query("MATCH (l:Liaison)-[:CONCERNS]->(:WorkItem {id: $id}) RETURN DISTINCT l.id")
			.bind(workItemId)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	/** Deletes what belongs to the liaison alone (its state history), before the liaison itself is deleted. */
	public void deleteOwned(String id) {
		this.cypher.client().query("""
				MATCH (:Liaison {id: $id})-[:HAS_STATE_CHANGE]->(owned)
				DETACH DELETE owned
				""").bind(id).to("id").run();
	}

	static Map<String, Object> row(LiaisonRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("title", record.title());
		row.put("kind", record.kind().name());
		row.put("from", record.from());
		row.put("to", record.to());
		row.put("cc", record.cc());
		row.put("purpose", record.purpose().name());
		row.put("state", record.state() != null ? record.state().name() : null);
		row.put("stateHistory", record.stateHistory().stream().map((change) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("state", change.state().name());
			map.put("on", change.on());
			map.put("by", change.by());
			map.put("note", change.note());
			return map;
		}).toList());
		row.put("actionHolderBody", record.actionHolder() != null ? record.actionHolder().body() : null);
		row.put("actionHolderPerson", record.actionHolder() != null ? record.actionHolder().person() : null);
		row.put("attachments", record.attachments().isEmpty() ? null : record.attachments());
		row.put("sentOn", record.sentOn());
		row.put("deadline", record.deadline());
		row.put("replyTo", record.replyTo());
		row.put("concerns", record.concerns());
		row.put("topics", record.topics());
		row.put("identifiers", record.identifiers().stream().map((identifier) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("body", identifier.body());
			map.put("value", identifier.value());
			map.put("url", identifier.url());
			return map;
		}).toList());
		return row;
	}

}
