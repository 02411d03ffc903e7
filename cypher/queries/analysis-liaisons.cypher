// Liaisons with sender, recipients, copies, the work items they concern, kind and date. kind is absent on graphs
// imported before v2: there the note carries the data set's "type: ..." convention.
MATCH (l:Liaison)-[:FROM]->(sender:Body)
RETURN l AS n, l.id AS id, sender.id AS from, [(l)-[:TO]->(b:Body) | b.id] AS to, [(l)-[:CC]->(b:Body) | b.id] AS cc,
       [(l)-[:CONCERNS]->(w:WorkItem) | w.id] AS concerns, l.kind AS kind, l.note AS note, l.sentOn AS sentOn
ORDER BY l.id
