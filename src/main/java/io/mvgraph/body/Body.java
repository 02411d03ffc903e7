package io.mvgraph.body;

import java.time.ZonedDateTime;

import io.mvgraph.api.PartialDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A standards body or one of its groups: an ITU-T study group or Question, TSAG, an SDO, a subcommittee, a
 * consortium... Its parent ({@code PART_OF}) and its work items are resolved in batches, not mapped here.
 */
@Node("Body")
public record Body(@Id String id, String name, String acronym, BodyKind kind, String url, String mandate,
		PartialDate activeFrom, PartialDate activeUntil, String source, String confidence, String note, Long version, ZonedDateTime updatedAt,
		String updatedBy) {
}
