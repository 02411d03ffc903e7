// Every work item with its owner, the owner's organisation (the top of its PART_OF chain; below ITU, the sector)
// and the ids of the owner and the bodies above it, and its history through the service (the seed excluded), oldest first: what the TSAG report's as-of rules need.
MATCH (n:WorkItem)
OPTIONAL MATCH (n)-[:OWNED_BY]->(owner:Body)
CALL (owner) {
  OPTIONAL MATCH p = (owner)-[:PART_OF*0..8]->(top:Body) WHERE NOT (top)-[:PART_OF]->(:Body)
  WITH [x IN nodes(p) | coalesce(x.acronym, x.name)] AS chain, [x IN nodes(p) | x.id] AS ids
  ORDER BY size(chain) DESC LIMIT 1
  RETURN CASE WHEN size(chain) > 1 AND chain[-1] = 'ITU' THEN chain[-2] ELSE chain[-1] END AS organisation,
         ids AS ownerChain
}
CALL (n) {
  OPTIONAL MATCH (c:Change) WHERE c.entityType = 'WORK_ITEM' AND c.entityId = n.id AND coalesce(c.origin, '') <> 'seed'
  WITH c ORDER BY c.at
  RETURN collect(CASE WHEN c IS NULL THEN null
    ELSE {at: c.at, action: c.action, by: c.by, fields: c.fields, before: c.before, after: c.after} END) AS changes
}
RETURN n, coalesce(owner.acronym, owner.name) AS owner, organisation, coalesce(ownerChain, []) AS ownerChain, changes
ORDER BY n.id
