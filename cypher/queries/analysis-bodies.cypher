// Every body with its parent (the hierarchy the analysis walks up).
MATCH (b:Body)
OPTIONAL MATCH (b)-[:PART_OF]->(parent:Body)
RETURN b AS n, b.id AS id, parent.id AS parent, b.kind AS kind, b.name AS name, b.acronym AS acronym
ORDER BY b.id
