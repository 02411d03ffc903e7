// Liaisons with sender, recipients and the work items they concern; the note carries the data set's "type: ..."
// convention (work-programme liaison fields, liaison agreements).
MATCH (l:Liaison)-[:FROM]->(sender:Body)
RETURN l AS n, l.id AS id, sender.id AS from, [(l)-[:TO]->(b:Body) | b.id] AS to,
       [(l)-[:CONCERNS]->(w:WorkItem) | w.id] AS concerns, l.note AS note
ORDER BY l.id
