// Explicit links between work items (either direction counts the same for overlaps; the model keeps the direction
// of ADOPTS and CONTINUES for the evidence it shows).
MATCH (a:WorkItem)-[l:EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO]->(b:WorkItem)
RETURN a.id AS from, b.id AS to, type(l) AS kind
