// Every topic with its parent (the taxonomy).
MATCH (t:Topic)
OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(parent:Topic)
RETURN t AS n, t.id AS id, parent.id AS parent, t.name AS name
ORDER BY t.id
