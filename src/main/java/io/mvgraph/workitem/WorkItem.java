package io.mvgraph.workitem;

import io.mvgraph.api.PartialDate;
import java.time.ZonedDateTime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A Recommendation, International Standard, specification, report... Its owner ({@code OWNED_BY}), topics
 * ({@code ABOUT}) and links are resolved in batches, not mapped here. {@code year} stands in for the dates
 * where a source gives only a year.
 */
@Node("WorkItem")
public record WorkItem(@Id String id, String designation, String title, String scope, WorkItemStatus status,
		PartialDate startDate, PartialDate publishedDate, PartialDate targetDate, Integer year, String url, String source,
		String confidence, String note, Long version, ZonedDateTime updatedAt, String updatedBy) {
}
