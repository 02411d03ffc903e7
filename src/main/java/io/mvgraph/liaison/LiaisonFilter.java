package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.List;

/**
 * Which liaisons a list shows. {@code body} with {@code direction}: the liaisons it sent (OUTGOING), received as
 * addressee or in copy (INCOMING), or both (null); with {@code includeDescendants}, also those of the groups below
 * it. {@code sentFrom}/{@code sentUntil}: the period the sending date falls in (both days included).
 */
public record LiaisonFilter(String body, Direction direction, boolean includeDescendants, List<LiaisonState> state,
		List<LiaisonPurpose> purpose, LocalDate sentFrom, LocalDate sentUntil, Boolean awaitingReply,
		String identifier, String topic) {
}
