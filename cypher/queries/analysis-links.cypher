// Explicit links between work items (either direction counts the same for overlaps).
MATCH (a:WorkItem)-[l:EQUIVALENT_TO|REFERENCES|SUPERSEDES|RELATED_TO]->(b:WorkItem)
RETURN a.id AS from, b.id AS to, type(l) AS kind
