package io.mvgraph.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.mvgraph.analysis.Overlap;
import io.mvgraph.api.Batches;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.workitem.WorkItem;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OverlapReviewController {

	private final OverlapReviewService service;

	private final OverlapReviews reviews;

	private final GraphQlLimits limits;

	OverlapReviewController(OverlapReviewService service, OverlapReviews reviews, GraphQlLimits limits) {
		this.service = service;
		this.reviews = reviews;
		this.limits = limits;
	}

	@MutationMapping
	OverlapReview reviewOverlap(@Argument String a, @Argument String b, @Argument OverlapVerdict verdict,
			@Argument String note, @Argument Long version) {
		return this.service.review(a, b, verdict, note, version);
	}

	@MutationMapping
	String restoreOverlap(@Argument String a, @Argument String b, @Argument Long version) {
		return this.service.restore(a, b, version);
	}

	@QueryMapping
	List<OverlapReview> overlapReviews(@Argument OverlapVerdict verdict, @Argument Integer first) {
		return this.reviews.list(verdict, this.limits.pageSize(first, 100));
	}

	@QueryMapping
	OverlapReview overlapReview(@Argument String a, @Argument String b) {
		return this.reviews.review(a, b).orElse(null);
	}

	@BatchMapping
	Map<OverlapReview, WorkItem> a(List<OverlapReview> reviews) {
		return Batches.singles(reviews, OverlapReview::a, workItems(reviews));
	}

	@BatchMapping
	Map<OverlapReview, WorkItem> b(List<OverlapReview> reviews) {
		return Batches.singles(reviews, OverlapReview::b, workItems(reviews));
	}

	/** "Confirmed ones say so": the review of each overlap, in one query for the whole list. */
	@BatchMapping(typeName = "Overlap")
	Map<Overlap, OverlapReview> review(List<Overlap> overlaps) {
		Map<String, OverlapReview> byPair = this.reviews.reviews(overlaps.stream()
			.map((overlap) -> OverlapReviews.pairId(overlap.a().id(), overlap.b().id()))
			.distinct()
			.toList());
		Map<Overlap, OverlapReview> result = new java.util.LinkedHashMap<>();
		for (Overlap overlap : overlaps) {
			OverlapReview review = byPair.get(OverlapReviews.pairId(overlap.a().id(), overlap.b().id()));
			if (review != null) {
				result.put(overlap, review);
			}
		}
		return result;
	}

	private Map<String, List<WorkItem>> workItems(List<OverlapReview> reviews) {
		return this.reviews.workItems(reviews.stream().flatMap((review) -> Stream.of(review.a(), review.b())).distinct().toList());
	}

}
