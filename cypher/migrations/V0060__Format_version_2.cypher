// Data-set format version 2 (issue 10) on a graph written before it.
// Dates of work items and roles are partial dates, stored as the text given ("2025", "2025-12", "2026-Q2").
MATCH (w:WorkItem) WHERE w.startDate IS :: DATE OR w.publishedDate IS :: DATE OR w.targetDate IS :: DATE
SET w.startDate = toString(w.startDate), w.publishedDate = toString(w.publishedDate),
    w.targetDate = toString(w.targetDate);
MATCH (:Person)-[r:HAS_ROLE]->(:Body) WHERE r.since IS :: DATE OR r.until IS :: DATE
SET r.since = toString(r.since), r.until = toString(r.until);
// A liaison's kind was the first words of its note ("type: LIAISON_AGREEMENT. ...").
MATCH (l:Liaison) WHERE l.kind IS NULL
SET l.kind = CASE
      WHEN l.note STARTS WITH 'type: LIAISON_AGREEMENT' THEN 'AGREEMENT'
      WHEN l.note STARTS WITH 'type: WORK_PROGRAMME_LIAISON_FIELD' THEN 'WORK_PROGRAMME_DECLARATION'
      ELSE 'STATEMENT' END;
