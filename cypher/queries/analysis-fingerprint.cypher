// A cheap fingerprint of the roadmap's state (count store and one index lookup): the cached overlap model is
// rebuilt when it differs, so that writes made through another instance, or straight into Neo4j, are seen too.
// Changes of findings are left out: a finding's status is no input of the model.
CALL () { MATCH (n:WorkItem) RETURN count(n) AS workItems }
CALL () { MATCH (n:Body) RETURN count(n) AS bodies }
CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
CALL () { MATCH (n:Liaison) RETURN count(n) AS liaisons }
CALL () { MATCH ()-[r:ABOUT]->() RETURN count(r) AS about }
CALL () { MATCH ()-[r:OWNED_BY]->() RETURN count(r) AS owned }
CALL () { MATCH ()-[r:PART_OF]->() RETURN count(r) AS partOf }
CALL () { MATCH ()-[r:SUBTOPIC_OF]->() RETURN count(r) AS subtopicOf }
CALL () { MATCH ()-[r:TO]->() RETURN count(r) AS sentTo }
CALL () { MATCH ()-[r:CONCERNS]->() RETURN count(r) AS concerns }
CALL () { MATCH ()-[r:EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO]->() RETURN count(r) AS links }
CALL () { MATCH ()-[r:CC]->() RETURN count(r) AS copiedTo }
CALL () { MATCH ()-[r:SUCCEEDED_BY]->() RETURN count(r) AS succeededBy }
RETURN [workItems, bodies, topics, liaisons, about, owned, partOf, subtopicOf, sentTo, concerns, links, copiedTo,
        succeededBy] AS counts,
       COLLECT { MATCH (c:Change) WHERE c.at IS NOT NULL AND c.entityType <> 'FINDING' RETURN toString(c.at) ORDER BY c.at DESC LIMIT 1 } AS lastChange
