// The roadmap document: each work item (filtered by $status and $topic) under each root area of its topics, with
// its owner and the names (and ids) of its topics in that area.
MATCH (w:WorkItem)-[:OWNED_BY]->(owner:Body)
WHERE $status IS NULL OR w.status IN $status
MATCH (w)-[:ABOUT]->(t:Topic)
WHERE $topic IS NULL OR EXISTS { (t)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topic}) }
MATCH (t)-[:SUBTOPIC_OF*0..]->(area:Topic)
WHERE NOT (area)-[:SUBTOPIC_OF]->()
WITH area, w, owner, collect(DISTINCT t.name) AS topics, collect(DISTINCT t.id) AS topicIds
RETURN area.id AS areaId, area.name AS areaName, w AS n, owner.id AS owner, topics, topicIds
ORDER BY area.name, area.id
