// Work items created or changed in [$from, $to), from the history (the initial seed excluded), and those whose
// work started in the period; one row per work item that still exists.
CALL () {
  MATCH (c:Change)
  WHERE c.at >= $from AND c.at < $to AND c.entityType = 'WORK_ITEM' AND coalesce(c.origin, '') <> 'seed'
  RETURN c.entityId AS id, c.action AS action, c.at AS at, c.by AS by, c.fields AS fields
  UNION ALL
  MATCH (w:WorkItem)
  // a partial start date ("2025-02") is the interval it names: it started in the period when the two meet
  WHERE date(w.startDate) <= $until
    AND CASE WHEN size(w.startDate) = 4 THEN date(w.startDate) + duration('P1Y') - duration('P1D')
             WHEN size(w.startDate) = 7 THEN date(w.startDate) + duration('P1M') - duration('P1D')
             ELSE date(w.startDate) END >= $since
  RETURN w.id AS id, 'STARTED' AS action, null AS at, null AS by, [] AS fields
}
WITH id, action, at, by, fields ORDER BY id, at
WITH id, collect(action) AS actions, max(at) AS at, collect(by)[-1] AS by, collect(fields) AS fields
MATCH (n:WorkItem {id: id})
RETURN n, actions, at, by, reduce(all = [], f IN fields | all + [x IN f WHERE NOT x IN all]) AS fields
ORDER BY n.id
