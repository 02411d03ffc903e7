package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing that coordinates the two units of an overlap: a link between the two items, or a liaison. A statement
 * older than the configured age ({@code mvgraph.analysis.statement-max-age}) is shown, not current: it no longer
 * counts as coordination.
 *
 * @param kind what it is
 * @param current whether it counts as coordination as of the analysis date
 * @param on the liaison's date (a statement's sending, an agreement's start) where known
 * @param liaisonIds the liaison behind it, if any
 * @param evidence a line for a human: the link ("iso-iec-12113 ADOPTS khronos-gltf-2-0") or the liaison and parties
 */
public record CoordinationChannel(CoordinationKind kind, boolean current, LocalDate on, List<String> liaisonIds,
		String evidence) {
}
