// Liaisons of the given purposes whose deadline passed before $asOf, sent by then (never a draft or an approved
// statement not yet sent), with no reply gone out by then, and not marked replied or closed by then.
MATCH (n:Liaison)
WHERE n.deadline < $asOf AND n.purpose IN $purposes AND (n.sentOn IS NULL OR n.sentOn <= $asOf)
  AND coalesce(n.state, 'SENT') IN ['SENT', 'REPLIED', 'CLOSED']
  AND NOT EXISTS { MATCH (n)<-[:REPLY_TO]-(reply:Liaison)
                   WHERE coalesce(reply.state, 'SENT') IN ['SENT', 'REPLIED', 'CLOSED']
                     AND (reply.sentOn IS NULL OR reply.sentOn <= $asOf) }
  AND NOT EXISTS { MATCH (n)-[:HAS_STATE_CHANGE]->(change:LiaisonStateChange)
                   WHERE change.state IN ['REPLIED', 'CLOSED'] AND change.on <= $asOf }
  AND NOT (coalesce(n.state, 'SENT') IN ['REPLIED', 'CLOSED'] AND NOT EXISTS { (n)-[:HAS_STATE_CHANGE]->(:LiaisonStateChange) })
RETURN n ORDER BY n.deadline, n.id
