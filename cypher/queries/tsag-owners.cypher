// Bodies by id as the TSAG report names an owner (as tsag-work-items does): its name, its organisation and the ids
// of the bodies above it; for the owners of work items as of an earlier day that are not their owners now.
UNWIND $ids AS id
MATCH (owner:Body {id: id})
CALL (owner) {
  OPTIONAL MATCH p = (owner)-[:PART_OF*0..8]->(top:Body) WHERE NOT (top)-[:PART_OF]->(:Body)
  WITH [x IN nodes(p) | coalesce(x.acronym, x.name)] AS chain, [x IN nodes(p) | x.id] AS ids
  ORDER BY size(chain) DESC LIMIT 1
  RETURN CASE WHEN size(chain) > 1 AND chain[-1] = 'ITU' THEN chain[-2] ELSE chain[-1] END AS organisation,
         ids AS ownerChain
}
RETURN id, coalesce(owner.acronym, owner.name) AS owner, organisation, coalesce(ownerChain, [id]) AS ownerChain
