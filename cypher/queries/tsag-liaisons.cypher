// Liaison statements (not agreements or work-programme declarations) with their sender and recipients, whether
// each is on the ITU-T side (JCA-MV, TSAG, an ITU-T group: ITU-T in its PART_OF chain) and when it ended, their
// dated state changes and their replies: what the report's overdue and awaiting rules need.
MATCH (n:Liaison) WHERE coalesce(n.kind, 'STATEMENT') = 'STATEMENT'
OPTIONAL MATCH (n)-[:FROM]->(s:Body)
RETURN n,
  s { .id, name: coalesce(s.acronym, s.name), until: s.activeUntil,
      itut: s.kind IN ['ITU_T_SG', 'ITU_T_QUESTION', 'ITU_T_GROUP', 'TSAG'] OR EXISTS { (s)-[:PART_OF*0..8]->(:Body {id: 'itu-t'}) } } AS sender,
  COLLECT { MATCH (n)-[r:TO]->(t:Body)
            RETURN t { .id, name: coalesce(t.acronym, t.name), until: t.activeUntil,
                       itut: t.kind IN ['ITU_T_SG', 'ITU_T_QUESTION', 'ITU_T_GROUP', 'TSAG'] OR EXISTS { (t)-[:PART_OF*0..8]->(:Body {id: 'itu-t'}) } } ORDER BY r.position, t.id } AS recipients,
  COLLECT { MATCH (n)-[h:HAS_STATE_CHANGE]->(c:LiaisonStateChange) RETURN c { .state, .on } ORDER BY h.position } AS changes,
  COLLECT { MATCH (n)<-[:REPLY_TO]-(r:Liaison) RETURN r { .state, .sentOn } } AS replies
ORDER BY n.sentOn, n.id
