// The work items the overlap analysis compares: all but the withdrawn ones (all of them for a model as of an
// earlier day, $withWithdrawn), with their owner and topics (the node
// itself too: the model answers with it, so that a warm question costs no further statement).
MATCH (w:WorkItem)-[:OWNED_BY]->(owner:Body)
WHERE $withWithdrawn OR w.status <> 'WITHDRAWN'
RETURN w AS n, w.id AS id, w.designation AS designation, w.title AS title, w.scope AS scope, w.status AS status,
       owner.id AS owner, [(w)-[:ABOUT]->(t:Topic) | t.id] AS topics
