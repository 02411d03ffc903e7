// The work items the overlap analysis compares: all but the withdrawn ones, with their owner and topics.
MATCH (w:WorkItem)-[:OWNED_BY]->(owner:Body)
WHERE w.status <> 'WITHDRAWN'
RETURN w.id AS id, w.designation AS designation, w.title AS title, w.scope AS scope, w.status AS status,
       owner.id AS owner, [(w)-[:ABOUT]->(t:Topic) | t.id] AS topics
