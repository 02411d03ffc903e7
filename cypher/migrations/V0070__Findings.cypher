// Findings persisted for their lifecycle (issue 11): one node per finding ever computed, keyed by its stable id.
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (n:Finding) REQUIRE n.id IS UNIQUE;
