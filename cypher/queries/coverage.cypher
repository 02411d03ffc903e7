// The coverage matrix: rows are the sub-topics of $root (the root areas when $root is null), each counting the work
// items (not withdrawn) about it or one of its sub-topics; a work item counts for its owner, or, with $kinds, for the
// nearest body of one of those kinds among its owner and the bodies above it (items without one are left out).
MATCH (row:Topic)
WHERE ($root IS NULL AND NOT EXISTS { (row)-[:SUBTOPIC_OF]->() })
   OR ($root IS NOT NULL AND EXISTS { (row)-[:SUBTOPIC_OF]->(:Topic {id: $root}) })
MATCH (row)<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-(w:WorkItem)-[:OWNED_BY]->(owner:Body)
WHERE w.status <> 'WITHDRAWN'
WITH DISTINCT row, w, owner
CALL (owner) {
  MATCH path = (owner)-[:PART_OF*0..]->(body:Body)
  WHERE $kinds IS NULL OR body.kind IN $kinds
  RETURN body ORDER BY length(path) LIMIT 1
}
RETURN row.id AS topic, body.id AS body, count(w) AS count
