package io.mvgraph.liaison;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A liaison statement from one body ({@code FROM}) to others ({@code TO}), possibly a reply
 * ({@code REPLY_TO}), about work items ({@code CONCERNS}).
 */
@Node("Liaison")
public record Liaison(@Id String id, String title, LiaisonPurpose purpose, LocalDate sentOn, LocalDate deadline,
		String url, String source, String confidence, String note, @Version Long version, ZonedDateTime updatedAt,
		String updatedBy) {
}
