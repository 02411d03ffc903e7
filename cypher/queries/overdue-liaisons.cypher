// Liaisons of the given purposes whose deadline passed before $asOf, sent by then, with no reply sent by then.
MATCH (n:Liaison)
WHERE n.deadline < $asOf AND n.purpose IN $purposes AND (n.sentOn IS NULL OR n.sentOn <= $asOf)
  AND NOT EXISTS { MATCH (n)<-[:REPLY_TO]-(reply:Liaison) WHERE reply.sentOn IS NULL OR reply.sentOn <= $asOf }
RETURN n ORDER BY n.deadline, n.id
