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
import static io.mvgraph.api.RecordCypher.string;

/**
 * The Cypher that reads and writes {@link ContributionRecord}s, the canonical form of the graph's contributions:
 * for the import (write), the export and the import's comparison (read), and for every edit through {@code Edits}
 * (both). One statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class ContributionStore extends RecordStore<ContributionRecord> {

	ContributionStore(RecordCypher cypher) {
		super(EntityType.CONTRIBUTION, cypher);
	}

	@Override
	protected List<ContributionRecord> select(Collection<String> ids) {
		return select("$ids IS NULL OR n.id IN $ids", ids);
	}

	/** The contributions to these meetings. */
	public List<ContributionRecord> contributionsOf(Collection<String> meetingIds) {
		return select("EXISTS { (n)-[:SUBMITTED_TO]->(m:Meeting) WHERE m.id IN $ids }", meetingIds);
	}

	private List<ContributionRecord> select(String condition, Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Contribution) WHERE %s
				RETURN n {.*,
				  meeting: COLLECT { MATCH (n)-[:SUBMITTED_TO]->(m:Meeting) RETURN m.id }[0],
				  from: COLLECT { MATCH (n)-[:SUBMITTED_BY]->(b:Body) RETURN b.id }[0]
				} AS row
				ORDER BY n.id
				""".formatted(condition), ids).stream()
			.map((row) -> new ContributionRecord(string(row, "id"), string(row, "meeting"), string(row, "number"),
					string(row, "title"), string(row, "from"), date(row, "submittedOn"), string(row, "agendaItem"),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	@Override
	public void write(List<ContributionRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("contributions", records, now, user, ContributionStore::row, """
				UNWIND $rows AS row
				MERGE (n:Contribution {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.number = row.number, n.title = row.title, n.submittedOn = row.submittedOn,
				    n.agendaItem = row.agendaItem
				WITH n, row
				CALL (n) { MATCH (n)-[old:SUBMITTED_TO|SUBMITTED_BY]->() DELETE old }
				WITH n, row
				MATCH (m:Meeting {id: row.meeting})
				CREATE (n)-[:SUBMITTED_TO]->(m)
				WITH n, row
				CALL (n, row) {
				  WITH n, row WHERE row.from IS NOT NULL
				  MATCH (b:Body {id: row.from})
				  CREATE (n)-[:SUBMITTED_BY]->(b)
				}
				""");
	}

	static Map<String, Object> row(ContributionRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("meeting", record.meeting());
		row.put("number", record.number());
		row.put("title", record.title());
		row.put("from", record.from());
		row.put("submittedOn", record.submittedOn());
		row.put("agendaItem", record.agendaItem());
		return row;
	}

}
