package io.mvgraph.registry;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.dataset.ImportReport;

/**
 * What a registry import did (or, in a dry run, would do): records read, followed, matched; work items created and
 * updated (with the fields); conflicts with editors' changes (kept as the editor left them); records skipped and
 * why; and the data-set import it wrote through.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RegistryReport(String registry, boolean dryRun, int read, int followed, int matched,
		List<String> created, Map<String, List<String>> updated, List<String> bodiesCreated,
		Map<String, List<String>> bodiesUpdated, int unchanged, List<Conflict> conflicts,
		List<String> skipped, ImportReport dataset) {

	/**
	 * A field that an editor changed since the last import and the registry changed too: the editor's value stays.
	 * {@code workItem}: the id of the work item, or of the body for a committee's record.
	 */
	public record Conflict(String workItem, String field, Object graph, Object registry, String record) {
	}

	public boolean rejected() {
		return this.dataset != null && this.dataset.rejected();
	}

	/** Lines for a terminal. */
	public List<String> lines() {
		List<String> lines = new java.util.ArrayList<>();
		lines.add(this.registry + (this.dryRun ? " (dry run, nothing written)" : "") + ": " + this.read + " records read, "
				+ this.followed + " of followed committees, " + this.matched + " matched; " + this.created.size()
				+ " created, " + this.updated.size() + " updated, " + this.unchanged + " unchanged, "
				+ this.conflicts.size() + " conflict(s), " + this.skipped.size() + " skipped"
				+ (this.bodiesCreated.isEmpty() && this.bodiesUpdated.isEmpty() ? ""
						: "; bodies: " + this.bodiesCreated.size() + " created, " + this.bodiesUpdated.size() + " updated"));
		this.created.forEach((id) -> lines.add("  created " + id));
		this.updated.forEach((id, fields) -> lines.add("  updated " + id + ": " + String.join(", ", fields)));
		this.bodiesCreated.forEach((id) -> lines.add("  created body " + id));
		this.bodiesUpdated.forEach((id, fields) -> lines.add("  updated body " + id + ": " + String.join(", ", fields)));
		this.conflicts.forEach((c) -> lines.add("  conflict " + c.workItem() + "." + c.field() + ": the roadmap has "
				+ c.graph() + ", " + this.registry + " record " + c.record() + " says " + c.registry()
				+ " (kept: an editor's value, not what the last import brought)"));
		this.skipped.forEach((s) -> lines.add("  skipped " + s));
		if (this.dataset != null) {
			lines.add("  " + this.dataset.summary());
			this.dataset.problems().forEach((p) -> lines.add("  problem " + p));
		}
		return lines;
	}

}
