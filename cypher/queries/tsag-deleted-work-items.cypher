// The work items deleted through the service since $from that are gone now, each with its whole history (the seed
// excluded), oldest first: the roadmap as of an earlier day brings them back (RoadmapAsOf). The type-and-time index
// finds the deletions; the entity index their histories.
MATCH (d:Change)
WHERE d.entityType = 'WORK_ITEM' AND d.at >= $from AND d.action = 'DELETED'
  AND NOT EXISTS { MATCH (w:WorkItem) WHERE w.id = d.entityId }
WITH DISTINCT d.entityId AS id
CALL (id) {
  MATCH (c:Change) WHERE c.entityId = id AND c.entityType = 'WORK_ITEM' AND coalesce(c.origin, '') <> 'seed'
  WITH c ORDER BY c.at
  RETURN collect({at: c.at, action: c.action, by: c.by, fields: c.fields, before: c.before, after: c.after}) AS changes
}
RETURN id, changes
ORDER BY id
