package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What one committed transaction changed (a mutation, an import), as the {@code roadmapChanged} subscription
 * sends it: when, by whom, how, and each record's change.
 */
public record RoadmapChange(ZonedDateTime at, String by, String origin, List<Change> changes) {

	static RoadmapChange of(List<Change> changes) {
		Change first = changes.get(0);
		return new RoadmapChange(first.at(), first.by(), first.origin(), changes);
	}

}
