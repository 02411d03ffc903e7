package io.mvgraph.snapshot;

import java.time.ZonedDateTime;
import java.util.List;

import io.mvgraph.history.FieldChange;
import io.mvgraph.workitem.WorkItemStatus;

/**
 * How the roadmap of one moment (a snapshot) differs from another (a later snapshot, or now): per section, the
 * records added, removed and changed, with each changed field before and after.
 */
public record RoadmapDiff(Snapshot from, Snapshot to, ZonedDateTime since, ZonedDateTime until, RecordDiff workItems,
		List<StatusMove> statusMoves, RecordDiff topics, RecordDiff bodies, RecordDiff liaisons) {

	/** One section's differences, each list ordered by id. */
	public record RecordDiff(List<RecordChange> added, List<RecordChange> removed, List<RecordChange> changed) {

		public int count() {
			return this.added.size() + this.removed.size() + this.changed.size();
		}

	}

	/**
	 * One record that differs: its fields after (added), before (removed), or those that changed.
	 *
	 * @param name what a reader recognises it by: a work item's designation and title, a body's or topic's name
	 */
	public record RecordChange(String id, String name, List<FieldChange> fields) {
	}

	/** A work item whose status moved (also listed among the changed ones). */
	public record StatusMove(String id, String name, WorkItemStatus from, WorkItemStatus to) {
	}

}
