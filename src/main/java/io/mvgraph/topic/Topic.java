package io.mvgraph.topic;

import java.time.ZonedDateTime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A topic of the taxonomy rooted in the eight areas of the JCA-MV terms of reference ({@code SUBTOPIC_OF}). */
@Node("Topic")
public record Topic(@Id String id, String name, String description, String url, String source, String confidence,
		String note, Long version, ZonedDateTime updatedAt, String updatedBy) {
}
