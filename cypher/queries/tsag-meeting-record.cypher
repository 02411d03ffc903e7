// What a meeting recorded, with the names the report prints: participants and the organisations they represented,
// counts per organisation, per agenda item the summary, decisions and the liaison statements it took, the
// meeting's outputs, action items and appointments. One row (none for an unknown meeting).
MATCH (m:Meeting {id: $meeting})
RETURN
  COLLECT { MATCH (m)-[r:HAS_PARTICIPANT]->(p:Participant)
            OPTIONAL MATCH (p)-[:IS]->(person:Person)
            OPTIONAL MATCH (p)-[:REPRESENTS]->(b:Body)
            RETURN {name: person.name, affiliation: person.affiliation, organisation: p.organisation,
                    body: coalesce(b.acronym, b.name)} ORDER BY r.position } AS participants,
  COLLECT { MATCH (m)-[r:HAS_PARTICIPANT_COUNT]->(p:ParticipantCount)
            OPTIONAL MATCH (p)-[:REPRESENTS]->(b:Body)
            RETURN {organisation: p.organisation, body: coalesce(b.acronym, b.name), count: p.count}
            ORDER BY r.position } AS counts,
  COLLECT { MATCH (m)-[r:HAS_AGENDA_ITEM]->(a:AgendaItem)
            RETURN {number: a.number, title: a.title, summary: a.summary, decisions: coalesce(a.decisions, []),
                    liaisons: COLLECT { MATCH (a)-[c:CONSIDERED]->(l:Liaison)
                                        OPTIONAL MATCH (l)-[:FROM]->(from:Body)
                                        RETURN {title: l.title, sentOn: l.sentOn, outcome: c.outcome,
                                                from: coalesce(from.acronym, from.name)} ORDER BY c.position }}
            ORDER BY r.position } AS agenda,
  COLLECT { MATCH (m)-[r:HAS_OUTPUT]->(o:MeetingOutput)
            OPTIONAL MATCH (o)-[:IS]->(l:Liaison)
            RETURN {number: o.number, title: o.title, kind: o.kind, url: o.url, liaison: l.title} ORDER BY r.position } AS outputs,
  COLLECT { MATCH (m)-[r:HAS_ACTION_ITEM]->(x:ActionItem)
            OPTIONAL MATCH (x)-[:ASSIGNED_TO]->(p:Person)
            RETURN {description: x.description, person: p.name, holder: x.holder, due: x.due, status: x.status,
                    agendaItem: x.agendaItem} ORDER BY r.position } AS actions,
  COLLECT { MATCH (m)-[r:HAS_APPOINTMENT]->(x:Appointment)
            OPTIONAL MATCH (x)-[:OF]->(p:Person)
            OPTIONAL MATCH (x)-[:TO]->(b:Body)
            RETURN {name: p.name, affiliation: p.affiliation, body: coalesce(b.acronym, b.name), kind: x.kind,
                    agendaItem: x.agendaItem, note: x.note} ORDER BY r.position } AS appointments
