// For every topic: how many work items (not withdrawn) are about it or one of its sub-topics, and their owners.
MATCH (t:Topic)
OPTIONAL MATCH (t)<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-(w:WorkItem)-[:OWNED_BY]->(owner:Body)
  WHERE w.status <> 'WITHDRAWN'
WITH t, count(DISTINCT w) AS workItems, collect(DISTINCT owner.id) AS owners
OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(parent:Topic)
RETURN t.id AS id, parent.id AS parent, workItems, owners
