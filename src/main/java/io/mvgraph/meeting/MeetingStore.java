package io.mvgraph.meeting;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.date;
import static io.mvgraph.api.RecordCypher.dateTime;
import static io.mvgraph.api.RecordCypher.enumValue;
import static io.mvgraph.api.RecordCypher.maps;
import static io.mvgraph.api.RecordCypher.string;

/**
 * The Cypher that reads and writes {@link MeetingRecord}s, the canonical form of the graph's meetings: for the
 * import (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both).
 * One statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class MeetingStore extends RecordStore<MeetingRecord> {

	MeetingStore(RecordCypher cypher) {
		super(EntityType.MEETING, cypher);
	}

	@Override
	protected List<MeetingRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Meeting) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  body: COLLECT { MATCH (n)-[:HELD_BY]->(b:Body) RETURN b.id }[0],
				  agenda: COLLECT { MATCH (n)-[r:HAS_AGENDA_ITEM]->(a:AgendaItem)
				                    RETURN a {.number, .title} ORDER BY r.position },
				  deadlines: COLLECT { MATCH (n)-[r:HAS_DEADLINE]->(d:Deadline) RETURN d {.kind, .due} ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new MeetingRecord(string(row, "id"), string(row, "title"), string(row, "body"),
					dateTime(row, "start"), dateTime(row, "end"), string(row, "location"),
					enumValue(MeetingMode.class, row, "mode"), string(row, "collocatedWith"),
					maps(row, "agenda").stream()
						.map((item) -> new MeetingRecord.AgendaItem(string(item, "number"), string(item, "title")))
						.toList(),
					maps(row, "deadlines").stream()
						.map((deadline) -> new MeetingRecord.Deadline(string(deadline, "kind"), date(deadline, "due")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	@Override
	public void write(List<MeetingRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("meetings", records, now, user, MeetingStore::row, """
				UNWIND $rows AS row
				MERGE (n:Meeting {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.title = row.title, n.start = row.start, n.end = row.end, n.location = row.location,
				    n.mode = row.mode, n.collocatedWith = row.collocatedWith
				WITH n, row
				CALL (n) { MATCH (n)-[old:HELD_BY]->() DELETE old }
				CALL (n) { MATCH (n)-[:HAS_AGENDA_ITEM|HAS_DEADLINE]->(old) DETACH DELETE old }
				WITH n, row
				MATCH (b:Body {id: row.body})
				CREATE (n)-[:HELD_BY]->(b)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.agenda) - 1) AS i
				  WITH i, row.agenda[i] AS item
				  CREATE (n)-[:HAS_AGENDA_ITEM {position: i}]->(:AgendaItem {number: item.number, title: item.title})
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.deadlines) - 1) AS i
				  WITH i, row.deadlines[i] AS deadline
				  CREATE (n)-[:HAS_DEADLINE {position: i}]->(:Deadline {kind: deadline.kind, due: deadline.due})
				}
				""");
	}

	/** Deletes what belongs to the meeting alone (its agenda and deadlines), before the meeting itself is deleted. */
	public void deleteOwned(String id) {
		this.cypher.client().query("""
				MATCH (:Meeting {id: $id})-[:HAS_AGENDA_ITEM|HAS_DEADLINE]->(owned)
				DETACH DELETE owned
				""").bind(id).to("id").run();
	}

	static Map<String, Object> row(MeetingRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("title", record.title());
		row.put("body", record.body());
		row.put("start", record.start());
		row.put("end", record.end());
		row.put("location", record.location());
		row.put("mode", record.mode().name());
		row.put("collocatedWith", record.collocatedWith());
		row.put("agenda", record.agenda()
			.stream()
			.map((item) -> Map.of("number", item.number(), "title", item.title()))
			.toList());
		row.put("deadlines", record.deadlines()
			.stream()
			.map((deadline) -> Map.of("kind", deadline.kind(), "due", deadline.due()))
			.toList());
		return row;
	}

}
