package io.mvgraph.meeting;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.RecordCypher;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RecordStore;
import io.mvgraph.people.RoleKind;

import org.springframework.stereotype.Component;

import static io.mvgraph.api.RecordCypher.date;
import static io.mvgraph.api.RecordCypher.dateTime;
import static io.mvgraph.api.RecordCypher.enumValue;
import static io.mvgraph.api.RecordCypher.integer;
import static io.mvgraph.api.RecordCypher.maps;
import static io.mvgraph.api.RecordCypher.string;
import static io.mvgraph.api.RecordCypher.strings;

/**
 * The Cypher that reads and writes {@link MeetingRecord}s, the canonical form of the graph's meetings: for the
 * import (write), the export and the import's comparison (read), and for every edit through {@code Edits} (both).
 * One statement per read; writes in batches ({@link RecordCypher}).
 * <p>
 * A meeting owns its agenda items, deadlines, participants, participant counts, outputs, action items and
 * appointments (nodes reached by {@code HAS_*} relationships). Agenda items are kept across writes, matched by
 * their number, so that what links to them (other features' relationships) survives an edit of the meeting; the
 * other owned nodes are written anew.
 */
@Component
public class MeetingStore extends RecordStore<MeetingRecord> {

	/**
	 * The projection of the meeting's owned records, for meeting {@code %1$s}: the columns {@code agenda},
	 * {@code deadlines}, {@code participants}, {@code participantCounts}, {@code outputs}, {@code actionItems},
	 * {@code appointments} of a map projection. Read by {@link #owned(Map)}.
	 */
	static final String OWNED = """
			agenda: COLLECT { MATCH (%1$s)-[r:HAS_AGENDA_ITEM]->(a:AgendaItem)
			                  RETURN a {.number, .title, .summary, .decisions,
			                    liaisons: COLLECT { MATCH (a)-[c:CONSIDERED]->(l:Liaison)
			                                        RETURN {liaison: l.id, outcome: c.outcome} ORDER BY c.position }
			                  } ORDER BY r.position },
			deadlines: COLLECT { MATCH (%1$s)-[r:HAS_DEADLINE]->(d:Deadline) RETURN d {.kind, .due} ORDER BY r.position },
			participants: COLLECT { MATCH (%1$s)-[r:HAS_PARTICIPANT]->(p:Participant)
			                        RETURN {organisation: p.organisation,
			                          person: COLLECT { MATCH (p)-[:IS]->(x:Person) RETURN x.id }[0],
			                          body: COLLECT { MATCH (p)-[:REPRESENTS]->(b:Body) RETURN b.id }[0]} ORDER BY r.position },
			participantCounts: COLLECT { MATCH (%1$s)-[r:HAS_PARTICIPANT_COUNT]->(p:ParticipantCount)
			                             RETURN {organisation: p.organisation, count: p.count,
			                               body: COLLECT { MATCH (p)-[:REPRESENTS]->(b:Body) RETURN b.id }[0]} ORDER BY r.position },
			outputs: COLLECT { MATCH (%1$s)-[r:HAS_OUTPUT]->(o:MeetingOutput)
			                   RETURN {number: o.number, title: o.title, kind: o.kind, url: o.url,
			                     liaison: COLLECT { MATCH (o)-[:IS]->(l:Liaison) RETURN l.id }[0]} ORDER BY r.position },
			actionItems: COLLECT { MATCH (%1$s)-[r:HAS_ACTION_ITEM]->(x:ActionItem)
			                       RETURN {description: x.description, holder: x.holder, due: x.due, status: x.status,
			                         agendaItem: x.agendaItem,
			                         person: COLLECT { MATCH (x)-[:ASSIGNED_TO]->(p:Person) RETURN p.id }[0]} ORDER BY r.position },
			appointments: COLLECT { MATCH (%1$s)-[r:HAS_APPOINTMENT]->(x:Appointment)
			                        RETURN {kind: x.kind, agendaItem: x.agendaItem, note: x.note,
			                          person: COLLECT { MATCH (x)-[:OF]->(p:Person) RETURN p.id }[0],
			                          body: COLLECT { MATCH (x)-[:TO]->(b:Body) RETURN b.id }[0]} ORDER BY r.position }""";

	/** The relationships to what a meeting owns and writes anew on every write (agenda items are kept). */
	private static final String REWRITTEN = "HAS_DEADLINE|HAS_PARTICIPANT|HAS_PARTICIPANT_COUNT|HAS_OUTPUT|HAS_ACTION_ITEM|HAS_APPOINTMENT";

	MeetingStore(RecordCypher cypher) {
		super(EntityType.MEETING, cypher);
	}

	/** What {@link #OWNED} projects, as records. */
	record Owned(List<MeetingRecord.AgendaItem> agenda, List<MeetingRecord.Deadline> deadlines,
			List<MeetingRecord.Participant> participants, List<MeetingRecord.ParticipantCount> participantCounts,
			List<MeetingRecord.Output> outputs, List<MeetingRecord.ActionItem> actionItems,
			List<MeetingRecord.Appointment> appointments) {
	}

	static Owned owned(Map<String, Object> row) {
		return new Owned(maps(row, "agenda").stream()
			.map((item) -> new MeetingRecord.AgendaItem(string(item, "number"), string(item, "title"),
					string(item, "summary"), strings(item, "decisions"), maps(item, "liaisons").stream()
						.map((taken) -> new MeetingRecord.AgendaLiaison(string(taken, "liaison"),
								enumValue(AgendaLiaisonOutcome.class, taken, "outcome")))
						.toList()))
			.toList(),
				maps(row, "deadlines").stream()
					.map((deadline) -> new MeetingRecord.Deadline(string(deadline, "kind"), date(deadline, "due")))
					.toList(),
				maps(row, "participants").stream()
					.map((p) -> new MeetingRecord.Participant(string(p, "person"), string(p, "body"),
							string(p, "organisation")))
					.toList(),
				maps(row, "participantCounts").stream()
					.map((p) -> new MeetingRecord.ParticipantCount(string(p, "organisation"), string(p, "body"),
							integer(p, "count")))
					.toList(),
				maps(row, "outputs").stream()
					.map((o) -> new MeetingRecord.Output(string(o, "number"), string(o, "title"),
							enumValue(MeetingOutputKind.class, o, "kind"), string(o, "url"), string(o, "liaison")))
					.toList(),
				maps(row, "actionItems").stream()
					.map((a) -> new MeetingRecord.ActionItem(string(a, "description"), string(a, "person"),
							string(a, "holder"), date(a, "due"), enumValue(ActionItemStatus.class, a, "status"),
							string(a, "agendaItem")))
					.toList(),
				maps(row, "appointments").stream()
					.map((a) -> new MeetingRecord.Appointment(string(a, "person"), string(a, "body"),
							enumValue(RoleKind.class, a, "kind"), string(a, "agendaItem"), string(a, "note")))
					.toList());
	}

	@Override
	protected List<MeetingRecord> select(Collection<String> ids) {
		return this.cypher.rows("""
				MATCH (n:Meeting) WHERE $ids IS NULL OR n.id IN $ids
				RETURN n {.*,
				  body: COLLECT { MATCH (n)-[:HELD_BY]->(b:Body) RETURN b.id }[0],
				  %s
				} AS row
				ORDER BY n.id
				""".formatted(OWNED.formatted("n")), ids).stream().map((row) -> {
			Owned owned = owned(row);
			return new MeetingRecord(string(row, "id"), string(row, "title"), string(row, "body"),
					dateTime(row, "start"), dateTime(row, "end"), string(row, "location"),
					enumValue(MeetingMode.class, row, "mode"), string(row, "collocatedWith"), owned.agenda(),
					owned.deadlines(), owned.participants(), owned.participantCounts(), owned.outputs(),
					owned.actionItems(), owned.appointments(), string(row, "url"), string(row, "source"),
					string(row, "confidence"), string(row, "note"));
		}).toList();
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
				CALL (n) { MATCH (n)-[:%s]->(old) DETACH DELETE old }
				CALL (n, row) {
				  MATCH (n)-[:HAS_AGENDA_ITEM]->(old:AgendaItem)
				  WHERE NOT old.number IN [item IN row.agenda | item.number]
				  DETACH DELETE old
				}
				WITH n, row
				MATCH (b:Body {id: row.body})
				CREATE (n)-[:HELD_BY]->(b)
				WITH n, row
				CALL (n, row) {
				  UNWIND range(0, size(row.agenda) - 1) AS i
				  WITH i, row.agenda[i] AS item
				  MERGE (n)-[r:HAS_AGENDA_ITEM]->(a:AgendaItem {number: item.number})
				  SET r.position = i, a.title = item.title, a.summary = item.summary, a.decisions = item.decisions
				  WITH a, item
				  CALL (a) { MATCH (a)-[old:CONSIDERED]->(:Liaison) DELETE old }
				  WITH a, item
				  UNWIND range(0, size(item.liaisons) - 1) AS j
				  WITH a, j, item.liaisons[j] AS taken
				  MATCH (l:Liaison {id: taken.liaison})
				  CREATE (a)-[:CONSIDERED {outcome: taken.outcome, position: j}]->(l)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.deadlines) - 1) AS i
				  WITH i, row.deadlines[i] AS deadline
				  CREATE (n)-[:HAS_DEADLINE {position: i}]->(:Deadline {kind: deadline.kind, due: deadline.due})
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.participants) - 1) AS i
				  WITH i, row.participants[i] AS p
				  CREATE (n)-[:HAS_PARTICIPANT {position: i}]->(x:Participant {organisation: p.organisation})
				  WITH x, p
				  MATCH (person:Person {id: p.person})
				  CREATE (x)-[:IS]->(person)
				  WITH x, p WHERE p.body IS NOT NULL
				  MATCH (b:Body {id: p.body})
				  CREATE (x)-[:REPRESENTS]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.participantCounts) - 1) AS i
				  WITH i, row.participantCounts[i] AS p
				  CREATE (n)-[:HAS_PARTICIPANT_COUNT {position: i}]->(x:ParticipantCount {organisation: p.organisation, count: p.count})
				  WITH x, p WHERE p.body IS NOT NULL
				  MATCH (b:Body {id: p.body})
				  CREATE (x)-[:REPRESENTS]->(b)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.outputs) - 1) AS i
				  WITH i, row.outputs[i] AS o
				  CREATE (n)-[:HAS_OUTPUT {position: i}]->(x:MeetingOutput {number: o.number, title: o.title, kind: o.kind, url: o.url})
				  WITH x, o WHERE o.liaison IS NOT NULL
				  MATCH (l:Liaison {id: o.liaison})
				  CREATE (x)-[:IS]->(l)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.actionItems) - 1) AS i
				  WITH i, row.actionItems[i] AS a
				  CREATE (n)-[:HAS_ACTION_ITEM {position: i}]->(x:ActionItem {description: a.description, holder: a.holder,
				    due: a.due, status: a.status, agendaItem: a.agendaItem})
				  WITH x, a WHERE a.person IS NOT NULL
				  MATCH (p:Person {id: a.person})
				  CREATE (x)-[:ASSIGNED_TO]->(p)
				}
				CALL (n, row) {
				  UNWIND range(0, size(row.appointments) - 1) AS i
				  WITH i, row.appointments[i] AS a
				  CREATE (n)-[:HAS_APPOINTMENT {position: i}]->(x:Appointment {kind: a.kind, agendaItem: a.agendaItem, note: a.note})
				  WITH x, a
				  MATCH (p:Person {id: a.person})
				  CREATE (x)-[:OF]->(p)
				  WITH x, a
				  MATCH (b:Body {id: a.body})
				  CREATE (x)-[:TO]->(b)
				}
				""".formatted(REWRITTEN));
	}

	/** Deletes what belongs to the meeting alone, before the meeting itself is deleted. */
	public void deleteOwned(String id) {
		this.cypher.client().query("""
				MATCH (:Meeting {id: $id})-[:HAS_AGENDA_ITEM|%s]->(owned)
				DETACH DELETE owned
				""".formatted(REWRITTEN)).bind(id).to("id").run();
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
		row.put("agenda", record.agenda().stream().map((item) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("number", item.number());
			map.put("title", item.title());
			map.put("summary", item.summary());
			map.put("decisions", item.decisions().isEmpty() ? null : item.decisions());
			map.put("liaisons", item.liaisons()
				.stream()
				.map((taken) -> Map.of("liaison", taken.liaison(), "outcome", taken.outcome().name()))
				.toList());
			return map;
		}).toList());
		row.put("deadlines", record.deadlines()
			.stream()
			.map((deadline) -> Map.of("kind", deadline.kind(), "due", deadline.due()))
			.toList());
		row.put("participants", record.participants().stream().map((p) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("person", p.person());
			map.put("body", p.body());
			map.put("organisation", p.organisation());
			return map;
		}).toList());
		row.put("participantCounts", record.participantCounts().stream().map((p) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("organisation", p.organisation());
			map.put("body", p.body());
			map.put("count", p.count());
			return map;
		}).toList());
		row.put("outputs", record.outputs().stream().map((o) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("number", o.number());
			map.put("title", o.title());
			map.put("kind", o.kind().name());
			map.put("url", o.url());
			map.put("liaison", o.liaison());
			return map;
		}).toList());
		row.put("actionItems", record.actionItems().stream().map((a) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("description", a.description());
			map.put("person", a.person());
			map.put("holder", a.holder());
			map.put("due", a.due());
			map.put("status", a.status().name());
			map.put("agendaItem", a.agendaItem());
			return map;
		}).toList());
		row.put("appointments", record.appointments().stream().map((a) -> {
			Map<String, Object> map = new HashMap<>();
			map.put("person", a.person());
			map.put("body", a.body());
			map.put("kind", a.kind().name());
			map.put("agendaItem", a.agendaItem());
			map.put("note", a.note());
			return map;
		}).toList());
		return row;
	}

}
