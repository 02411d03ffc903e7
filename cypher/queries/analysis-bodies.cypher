// Every body with its parent and successor (the hierarchy the analysis walks up to find coordination units).
// activeUntil is a partial-date string (data-set format v2); coordinationUnit, where set, overrides the unit rule.
MATCH (b:Body)
OPTIONAL MATCH (b)-[:PART_OF]->(parent:Body)
OPTIONAL MATCH (b)-[:SUCCEEDED_BY]->(successor:Body)
RETURN b AS n, b.id AS id, parent.id AS parent, b.kind AS kind, b.name AS name, b.acronym AS acronym,
       toString(b.activeUntil) AS activeUntil, successor.id AS succeededBy, b.coordinationUnit AS coordinationUnit
ORDER BY b.id
