package io.mvgraph.body;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.partialDate;
import static io.mvgraph.api.RecordCypher.string;
import static io.mvgraph.api.RecordCypher.text;

/**
 * The Cypher that reads and writes {@link BodyRecord}s, the canonical form of the graph's bodies: for the import
 * (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both). One
 * statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class BodyStore extends RecordStore<BodyRecord> {

	BodyStore(RecordCypher cypher) {
		super(EntityType.BODY, cypher);
	}

	@Override
	protected List<BodyRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Body) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*, parent: COLLECT { MATCH (n)-[:PART_OF]->(p:Body) RETURN p.id }[0],
				          succeededBy: COLLECT { MATCH (n)-[:SUCCEEDED_BY]->(s:Body) RETURN s.id }[0]} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new BodyRecord(string(row, "id"), string(row, "name"), string(row, "acronym"),
					BodyKind.valueOf(string(row, "kind")), string(row, "parent"), string(row, "url"),
					string(row, "mandate"), partialDate(row, "activeFrom"), partialDate(row, "activeUntil"),
					string(row, "succeededBy"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	@Override
	public void write(List<BodyRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("bodies", records, now, user, BodyStore::row, """
				UNWIND $rows AS row
				MERGE (n:Body {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.name = row.name, n.acronym = row.acronym, n.kind = row.kind, n.mandate = row.mandate,
				    n.activeFrom = row.activeFrom, n.activeUntil = row.activeUntil
				""");
		this.cypher.writeReference("body parents", records, now, user, BodyStore::row, "Body", "PART_OF", "parent");
		this.cypher.writeReference("body successors", records, now, user, BodyStore::row, "Body", "SUCCEEDED_BY", "succeededBy");
	}

	static Map<String, Object> row(BodyRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("acronym", record.acronym());
		row.put("kind", record.kind().name());
		row.put("parent", record.parent());
		row.put("mandate", record.mandate());
		row.put("activeFrom", text(record.activeFrom()));
		row.put("activeUntil", text(record.activeUntil()));
		row.put("succeededBy", record.succeededBy());
		return row;
	}

}
