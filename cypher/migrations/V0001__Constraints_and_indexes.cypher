// Stable ids: unique per label (they also serve as the lookup indexes).
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT work_item_id IF NOT EXISTS FOR (n:WorkItem) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT liaison_id IF NOT EXISTS FOR (n:Liaison) REQUIRE n.id IS UNIQUE;

// Full-text search over what a reader recognises a work item by; the English analyzer stems and drops stop words.
CREATE FULLTEXT INDEX work_item_text IF NOT EXISTS
FOR (n:WorkItem) ON EACH [n.designation, n.title, n.scope]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };

// Filters and sorts of the work item list.
CREATE INDEX work_item_status IF NOT EXISTS FOR (n:WorkItem) ON (n.status);
CREATE INDEX work_item_designation IF NOT EXISTS FOR (n:WorkItem) ON (n.designation);
CREATE INDEX body_kind IF NOT EXISTS FOR (n:Body) ON (n.kind);
CREATE INDEX liaison_sent_on IF NOT EXISTS FOR (n:Liaison) ON (n.sentOn);
