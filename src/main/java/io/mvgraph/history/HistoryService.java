package io.mvgraph.history;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the recorded history, in read transactions. Every read goes through {@link #changes}, which blanks the
 * values of contact details for callers below ANALYST ({@link Change#withoutContactDetails}).
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private final HistoryRepository history;

	private final GraphQlLimits limits;

	private final Caller caller;

	HistoryService(HistoryRepository history, GraphQlLimits limits, Caller caller) {
		this.history = history;
		this.limits = limits;
		this.caller = caller;
	}

	/**
	 * The changes of one record, newest first (also after the record was deleted); contact details blanked for
	 * callers below ANALYST.
	 */
	public List<Change> of(String id, Integer first) {
		int size = this.limits.pageSize(first, 100);
		return visible(this.history.of(id, size));
	}

	/**
	 * The changes of every record since a moment (all when null), newest first; contact details blanked for callers
	 * below ANALYST.
	 */
	/** The changes other service instances recorded since a moment, by transaction, oldest first (read). */
	Map<String, List<Change>> othersSince(ZonedDateTime since, String instance, int first) {
		return this.history.othersSince(since, instance, first);
	}

	public List<Change> recent(ZonedDateTime since, List<EntityType> entityTypes, Integer first) {
		int size = this.limits.pageSize(first, 100);
		return visible(this.history.recent(since, entityTypes, size));
	}

	/** The changes as the caller may see them. */
	private List<Change> visible(List<Change> changes) {
		boolean contactDetails = this.caller.canReadContactDetails();
		return changes.stream().map((change) -> contactDetails ? change : change.withoutContactDetails()).toList();
	}

}
