// Where imported work items come from: one (:RegistryRecord) per registry record an importer has read, with the
// values it imported last (to tell an editor's change from the registry's).
CREATE CONSTRAINT registry_record_key IF NOT EXISTS FOR (n:RegistryRecord) REQUIRE (n.registry, n.recordId) IS UNIQUE;
CREATE INDEX registry_record_work_item IF NOT EXISTS FOR (n:RegistryRecord) ON (n.workItemId);
