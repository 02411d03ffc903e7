package io.mvgraph.snapshot;

import java.time.ZonedDateTime;

/**
 * The roadmap as it was at one moment, kept for later comparison ("what changed since the last meeting"). Its
 * content (the whole data set) is stored compressed on the node and read only to compare.
 */
public record Snapshot(String id, String label, ZonedDateTime takenAt, String takenBy, int workItemCount,
		int bodyCount, int topicCount, int liaisonCount, int sizeBytes) {
}
