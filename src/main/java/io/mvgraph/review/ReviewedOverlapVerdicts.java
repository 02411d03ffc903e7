package io.mvgraph.review;

import java.util.Set;
import java.util.stream.Collectors;

import io.mvgraph.analysis.OverlapPair;
import io.mvgraph.analysis.OverlapVerdicts;

import org.springframework.stereotype.Component;

/** Tells the overlap analysis which pairs reviewers rejected, so that they leave overlaps and coordinationGaps. */
@Component
class ReviewedOverlapVerdicts implements OverlapVerdicts {

	private final OverlapReviews reviews;

	ReviewedOverlapVerdicts(OverlapReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public Set<OverlapPair> rejected() {
		return this.reviews.rejectedPairs()
			.stream()
			.map((pair) -> new OverlapPair(pair.a(), pair.b()))
			.collect(Collectors.toSet());
	}

	@Override
	public String rejectedCypher() {
		// the query of OverlapReviews#rejectedPairs
		return "COLLECT { MATCH (r:OverlapReview {verdict: 'REJECTED'}) RETURN [r.a, r.b] }";
	}

}
