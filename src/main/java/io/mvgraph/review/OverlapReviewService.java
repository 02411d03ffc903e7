package io.mvgraph.review;

import java.util.List;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.Graph;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.security.Roles;
import io.mvgraph.workitem.WorkItemReferences;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording analysts' verdicts on overlaps, with the same locking and history as every other edit. EDITOR.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class OverlapReviewService implements WorkItemReferences {

	private final Edits edits;

	private final Graph graph;

	private final OverlapReviews reviews;

	private final OverlapReviewStore kind;

	OverlapReviewService(Edits edits, Graph graph, OverlapReviews reviews, OverlapReviewStore kind) {
		this.edits = edits;
		this.graph = graph;
		this.reviews = reviews;
		this.kind = kind;
	}

	/**
	 * Records (or changes) the verdict on the pair {a, b}. With {@code version}, a review that changed meanwhile
	 * (or was restored) is a CONFLICT.
	 */
	public OverlapReview review(String a, String b, OverlapVerdict verdict, String note, Long version) {
		if (a.equals(b)) {
			throw ApiException.badRequest("b", "a work item does not overlap itself");
		}
		if (note != null && FieldRules.textProblem(note, FieldRules.TEXT_LENGTH) != null) {
			throw ApiException.badRequest("note", FieldRules.textProblem(note, FieldRules.TEXT_LENGTH));
		}
		Set<String> found = this.edits.lockAll(EntityType.WORK_ITEM, List.of(a, b));
		for (String end : List.of(a, b)) {
			if (!found.contains(end)) {
				throw ApiException.notFound(end.equals(a) ? "a" : "b", EntityType.WORK_ITEM.noun(), end);
			}
		}
		String id = OverlapReviews.pairId(a, b);
		String first = a.compareTo(b) <= 0 ? a : b;
		String second = first.equals(a) ? b : a;
		OverlapReviewRecord after = new OverlapReviewRecord(id, first, second, verdict, note);
		if (this.graph.exists(EntityType.OVERLAP_REVIEW.label(), id)) {
			OverlapReviewRecord before = this.edits.current(this.kind, "a", id, version);
			this.edits.save(this.kind, before, after);
		}
		else if (version != null) {
			throw ApiException.conflict("version", "The pair '" + id + "' has no review any more: someone restored it "
					+ "meanwhile; reload it and retry");
		}
		else {
			this.edits.create(this.kind, "a", after);
		}
		return this.reviews.review(a, b).orElseThrow();
	}

	/** Takes the verdict back: the pair is an ordinary overlap again. Returns the pair id. */
	public String restore(String a, String b, Long version) {
		String id = OverlapReviews.pairId(a, b);
		OverlapReviewRecord before = this.edits.current(this.kind, "a", id, version);
		this.edits.delete(this.kind, before);
		return id;
	}

	@Override
	public List<String> relationships() {
		return List.of();
	}

	/** Deletes the reviews of the pairs a work item about to be deleted is in. */
	@Override
	public void forget(String workItemId) {
		List<String> ids = this.kind.ofWorkItem(workItemId);
		this.edits.lockAll(EntityType.OVERLAP_REVIEW, ids);
		for (OverlapReviewRecord review : this.kind.read(ids)) {
			this.edits.delete(this.kind, review);
		}
	}

}
