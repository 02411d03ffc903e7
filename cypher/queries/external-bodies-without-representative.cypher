// External bodies whose work overlaps ITU work and that have no current liaison representative, in the body itself
// or in a body above it. "External": outside every hierarchy that holds an ITU group (ITU -> ITU-T -> SG21 -> Q1/21
// is one such hierarchy, whatever the kinds of its top levels). "Overlap": a work item of the body, not withdrawn,
// shares a topic with, or is linked to, a work item of an ITU body that is not withdrawn either.
// Parameters: $ituKinds (the ITU body kinds), $asOf (the day roles are judged on). Most overlapping work first.
MATCH (group:Body) WHERE group.kind IN $ituKinds
MATCH (group)-[:PART_OF*0..]->(root:Body) WHERE NOT EXISTS { (root)-[:PART_OF]->(:Body) }
WITH DISTINCT root
MATCH (member:Body)-[:PART_OF*0..]->(root)
WITH collect(DISTINCT member.id) AS itu
CALL (itu) {
  MATCH (body:Body)<-[:OWNED_BY]-(external:WorkItem)-[:ABOUT]->(:Topic)<-[:ABOUT]-(internal:WorkItem)-[:OWNED_BY]->(owner:Body)
  WHERE owner.id IN itu AND NOT body.id IN itu AND external.status <> 'WITHDRAWN' AND internal.status <> 'WITHDRAWN'
  RETURN body, external, owner
  UNION
  MATCH (body:Body)<-[:OWNED_BY]-(external:WorkItem)-[:EQUIVALENT_TO|ADOPTS|CONTINUES|REFERENCES|SUPERSEDES|RELATED_TO]-(internal:WorkItem)-[:OWNED_BY]->(owner:Body)
  WHERE owner.id IN itu AND NOT body.id IN itu AND external.status <> 'WITHDRAWN' AND internal.status <> 'WITHDRAWN'
  RETURN body, external, owner
}
// name the ITU side by its group: Q1/21 by SG21, a working group of FG-MV by FG-MV (the highest ITU group below TSAG)
CALL (owner) {
  OPTIONAL MATCH path = (owner)-[:PART_OF*0..]->(level:Body)
  WHERE all(b IN nodes(path) WHERE b.kind IN $ituKinds AND b.kind <> 'TSAG')
  RETURN coalesce(level.acronym, level.name, owner.acronym, owner.name) AS group
  ORDER BY length(path) DESC LIMIT 1
}
WITH body, count(DISTINCT external) AS workItems, collect(DISTINCT group) AS ituBodies
WHERE NOT EXISTS {
  MATCH (body)-[:PART_OF*0..]->(:Body)<-[role:HAS_ROLE]-(:Person)
  WHERE role.kind = 'LIAISON_REPRESENTATIVE'
    // role dates are partial dates ("2025-05"): held from the first day of since to the last day of until
    AND (role.since IS NULL OR date(role.since) <= $asOf)
    AND (role.until IS NULL OR CASE WHEN size(role.until) = 4 THEN date(role.until) + duration('P1Y') - duration('P1D')
                                    WHEN size(role.until) = 7 THEN date(role.until) + duration('P1M') - duration('P1D')
                                    ELSE date(role.until) END >= $asOf)
}
RETURN body, workItems, ituBodies
ORDER BY workItems DESC, toLower(body.name), body.id
