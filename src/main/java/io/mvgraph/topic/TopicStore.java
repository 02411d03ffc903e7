package io.mvgraph.topic;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.string;

/**
 * The Cypher that reads and writes {@link TopicRecord}s, the canonical form of the graph's topics: for the import
 * (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both). One
 * statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class TopicStore extends RecordStore<TopicRecord> {

	TopicStore(RecordCypher cypher) {
		super(EntityType.TOPIC, cypher);
	}

	@Override
	protected List<TopicRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Topic) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*, parent: COLLECT { MATCH (n)-[:SUBTOPIC_OF]->(p:Topic) RETURN p.id }[0]} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new TopicRecord(string(row, "id"), string(row, "name"), string(row, "parent"),
					string(row, "description"), string(row, "url"), string(row, "source"), string(row, "confidence"),
					string(row, "note")))
			.toList();
	}

	@Override
	public void write(List<TopicRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("topics", records, now, user, TopicStore::row, """
				UNWIND $rows AS row
				MERGE (n:Topic {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.name = row.name, n.description = row.description
				""");
		this.cypher.writeReference("topic parents", records, now, user, TopicStore::row, "Topic", "SUBTOPIC_OF", "parent");
	}

	static Map<String, Object> row(TopicRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("parent", record.parent());
		row.put("description", record.description());
		return row;
	}

}
