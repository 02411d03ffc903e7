package io.mvgraph.registry;

import java.util.List;

import io.mvgraph.api.PartialDate;
import io.mvgraph.workitem.WorkItemStatus;

/**
 * One registry record as a work item: what the registry says (designation, title, status, publication date,
 * url), its committee (to choose the records to follow and the owner of new items), and its provenance.
 * {@code identifiers}: every number the registry gives the document (the designation among them).
 */
public record RegistryRecord(String registry, String recordId, String url, String designation,
		List<String> identifiers, String title, String scope, WorkItemStatus status, PartialDate publishedDate,
		String committee, String fetchedAt) {
}
