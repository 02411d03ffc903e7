// Liaison lists and the analysis filter by kind (format version 2); schema apart from data (one transaction each).
CREATE INDEX liaison_kind IF NOT EXISTS FOR (n:Liaison) ON (n.kind);
