package io.mvgraph.history;

import java.util.List;

/**
 * Published (as a Spring application event) inside the transaction that made the changes; listeners that must
 * only see committed work use {@code @TransactionalEventListener}. One event per transaction.
 */
public record RoadmapChanged(List<Change> changes) {
}
