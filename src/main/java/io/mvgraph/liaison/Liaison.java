package io.mvgraph.liaison;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/**
 * A liaison statement from one body ({@code FROM}) to others ({@code TO}, in copy {@code CC}), possibly a reply
 * ({@code REPLY_TO}), about work items ({@code CONCERNS}) and topics ({@code ABOUT}). Its relationships, state
 * history and identifiers are resolved in batches, not mapped here.
 */
@Node("Liaison")
public record Liaison(@Id String id, String title, LiaisonKind kind, LiaisonPurpose purpose,
		@Property("state") LiaisonState recordedState, LocalDate sentOn, LocalDate deadline, String url,
		String source, String confidence, String note, Long version, ZonedDateTime updatedAt,
		String updatedBy) {

	/** The kind; a statement where the record does not say (graphs written before format version 2). */
	@Override
	public LiaisonKind kind() {
		return this.kind != null ? this.kind : LiaisonKind.STATEMENT;
	}

	/** The state, or {@link LiaisonState#UNSTATED} where the record does not say. */
	public LiaisonState state() {
		return LiaisonState.effective(this.recordedState);
	}

}
