package io.mvgraph.workitem;

import java.time.LocalDate;
import java.util.List;

import io.mvgraph.api.ApiException;

/**
 * The filter of the work item list; every part is optional and the parts combine with AND. {@code published} and
 * {@code due} (the target date) match the work items whose partial date meets the period: {@code 2026-Q2} meets
 * a period that shares a day with April-June 2026 (PartialDate's one rule); a work item without that date does
 * not match.
 */
public record WorkItemFilter(List<WorkItemStatus> status, String owner, String topic, String text, String confidence,
		Period published, Period due) {

	public static final WorkItemFilter NONE = new WorkItemFilter(null, null, null, null, null, null, null);

	/** Days from {@code from} to {@code until}, both included; either may be open. */
	public record Period(LocalDate from, LocalDate until) {

		void check(String field) {
			if (this.from != null && this.until != null && this.until.isBefore(this.from)) {
				throw ApiException.badRequest(field + ".until", "must not be before from (" + this.from + ")");
			}
		}

	}

	void check() {
		if (this.published != null) {
			this.published.check("filter.published");
		}
		if (this.due != null) {
			this.due.check("filter.due");
		}
	}

}
