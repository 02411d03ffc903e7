// People, meetings, contributions (issue 5): stable ids, unique per label.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT contribution_id IF NOT EXISTS FOR (n:Contribution) REQUIRE n.id IS UNIQUE;

// Liaison lists filter by state and deadline; meeting lists sort by start.
CREATE INDEX liaison_state IF NOT EXISTS FOR (n:Liaison) ON (n.state);
CREATE INDEX liaison_deadline IF NOT EXISTS FOR (n:Liaison) ON (n.deadline);
CREATE INDEX meeting_start IF NOT EXISTS FOR (n:Meeting) ON (n.start);
// A liaison is found by the number another body gave it (IETF datatracker, ITU document number...).
CREATE INDEX liaison_identifier IF NOT EXISTS FOR ()-[r:IDENTIFIED_BY]-() ON (r.value);
