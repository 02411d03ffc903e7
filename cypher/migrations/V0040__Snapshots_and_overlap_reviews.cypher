// Snapshots of the roadmap: looked up by id, listed by time.
CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (n:Snapshot) REQUIRE n.id IS UNIQUE;
CREATE INDEX snapshot_taken_at IF NOT EXISTS FOR (n:Snapshot) ON (n.takenAt);

// Overlap reviews: one per unordered pair of work items (id = the pair id, 'a|b' with a < b); found by either
// work item when one is deleted.
CREATE CONSTRAINT overlap_review_id IF NOT EXISTS FOR (n:OverlapReview) REQUIRE n.id IS UNIQUE;
CREATE INDEX overlap_review_a IF NOT EXISTS FOR (n:OverlapReview) ON (n.a);
CREATE INDEX overlap_review_b IF NOT EXISTS FOR (n:OverlapReview) ON (n.b);
