package io.mvgraph.people;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.partialDate;
import static io.mvgraph.api.RecordCypher.enumValue;
import static io.mvgraph.api.RecordCypher.maps;
import static io.mvgraph.api.RecordCypher.string;

/**
 * The Cypher that reads and writes {@link PersonRecord}s, the canonical form of the graph's people: for the import
 * (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both). One
 * statement per read; writes in batches ({@link RecordCypher}).
 */
@Component
public class PersonStore extends RecordStore<PersonRecord> {

	PersonStore(RecordCypher cypher) {
		super(EntityType.PERSON, cypher);
	}

	@Override
	protected List<PersonRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Person) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  roles: COLLECT { MATCH (n)-[r:HAS_ROLE]->(b:Body)
				                   RETURN {body: b.id, kind: r.kind, since: r.since, until: r.until, note: r.note}
				                   ORDER BY r.position }
				} AS row
				ORDER BY n.id
				""", ids).stream()
			.map((row) -> new PersonRecord(string(row, "id"), string(row, "name"), string(row, "affiliation"),
					string(row, "country"), string(row, "email"),
					maps(row, "roles").stream()
						.map((role) -> new PersonRecord.Role(string(role, "body"), enumValue(RoleKind.class, role, "kind"),
								partialDate(role, "since"), partialDate(role, "until"), string(role, "note")))
						.toList(),
					string(row, "url"), string(row, "source"), string(row, "confidence"), string(row, "note")))
			.toList();
	}

	@Override
	public void write(List<PersonRecord> records, ZonedDateTime now, String user) {
		this.cypher.write("people", records, now, user, PersonStore::row, """
				UNWIND $rows AS row
				MERGE (n:Person {id: row.id})
				""" + RecordCypher.STAMP + """
				SET n.name = row.name, n.affiliation = row.affiliation, n.country = row.country, n.email = row.email
				WITH n, row
				CALL (n) { MATCH (n)-[old:HAS_ROLE]->() DELETE old }
				CALL (n, row) {
				  UNWIND range(0, size(row.roles) - 1) AS i
				  WITH i, row.roles[i] AS role
				  MATCH (b:Body {id: role.body})
				  CREATE (n)-[:HAS_ROLE {position: i, kind: role.kind, since: role.since, until: role.until,
				                         note: role.note}]->(b)
				}
				""");
	}

	static Map<String, Object> row(PersonRecord record) {
		Map<String, Object> row = RecordCypher.common(record, record.url(), record.source(), record.confidence(), record.note());
		row.put("name", record.name());
		row.put("affiliation", record.affiliation());
		row.put("country", record.country());
		row.put("email", record.email());
		row.put("roles", record.roles().stream().map((role) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("body", role.body());
			map.put("kind", role.kind().name());
			map.put("since", RecordCypher.text(role.since()));
			map.put("until", RecordCypher.text(role.until()));
			map.put("note", role.note());
			return map;
		}).toList());
		return row;
	}

}
