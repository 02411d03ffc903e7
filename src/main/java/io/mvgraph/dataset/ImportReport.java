package io.mvgraph.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mvgraph.api.DatasetProblem;

/**
 * What an import did: per section, how many records it created, updated or found unchanged; or, when the file was
 * rejected, every problem with its JSON path (and then it changed nothing). Warnings name what was accepted but
 * deserves a look (an action liaison without a deadline).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ImportReport(Outcome outcome, boolean dryRun, Map<String, Counts> sections,
		List<DatasetProblem> problems, List<DatasetProblem> warnings, long millis, List<RowOutcome> rows) {

	public ImportReport(Outcome outcome, boolean dryRun, Map<String, Counts> sections, List<DatasetProblem> problems,
			List<DatasetProblem> warnings, long millis) {
		this(outcome, dryRun, sections, problems, warnings, millis, List.of());
	}

	/** What a table import (CSV, xlsx) does with one row: its row number (the header is row 1) and work item. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record RowOutcome(int row, String id, RowAction action, List<String> fields, List<String> reasons) {
	}

	public enum RowAction {

		CREATED, UPDATED, UNCHANGED, REFUSED

	}

	/** The same report with these rows and problems (a table import names rows and columns, not JSON paths). */
	ImportReport withRows(List<RowOutcome> rows, List<DatasetProblem> problems, List<DatasetProblem> warnings) {
		return new ImportReport(this.outcome, this.dryRun, this.sections, List.copyOf(problems), List.copyOf(warnings),
				this.millis, List.copyOf(rows));
	}

	public enum Outcome {

		/** The graph now holds the file's records. */
		IMPORTED,
		/** A dry run found nothing wrong; nothing was written. */
		VALID,
		/** The file has problems; nothing was written. */
		REJECTED

	}

	public record Counts(int created, int updated, int unchanged) {
	}

	static ImportReport rejected(List<DatasetProblem> problems, List<DatasetProblem> warnings, boolean dryRun,
			long millis) {
		return new ImportReport(Outcome.REJECTED, dryRun, new LinkedHashMap<>(), List.copyOf(problems),
				List.copyOf(warnings), millis);
	}

	public boolean rejected() {
		return this.outcome == Outcome.REJECTED;
	}

	/** One line for a log or a terminal. */
	public String summary() {
		if (rejected()) {
			return "rejected with " + this.problems.size() + " problem(s), nothing changed";
		}
		StringBuilder summary = new StringBuilder(this.outcome == Outcome.VALID ? "valid (dry run, nothing written)" : "imported");
		this.sections.forEach((name, counts) -> summary.append(String.format("; %s: %d created, %d updated, %d unchanged",
				name, counts.created(), counts.updated(), counts.unchanged())));
		if (!this.warnings.isEmpty()) {
			summary.append("; ").append(this.warnings.size()).append(" warning(s)");
		}
		return summary.append(" in ").append(this.millis).append(" ms").toString();
	}

}
