// The people holding roles in the given bodies (the JCA-MV: chairs, contact points, representatives), with the
// role's bounds; the report keeps those held on its day.
MATCH (p:Person)-[r:HAS_ROLE]->(b:Body) WHERE b.id IN $bodies
RETURN p.name AS name, p.affiliation AS affiliation, b.id AS body, r.kind AS kind, r.since AS since, r.until AS until, r.note AS note
ORDER BY r.kind, p.name
