// The lifecycle changes of one kind since a day (the findings as of a day undo those recorded after it): by type and time.
CREATE INDEX change_type_at IF NOT EXISTS FOR (n:Change) ON (n.entityType, n.at);
