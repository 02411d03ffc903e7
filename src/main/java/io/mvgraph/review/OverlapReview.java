package io.mvgraph.review;

import java.time.ZonedDateTime;

/**
 * The review of one unordered pair of work items: {@code a} is the smaller id, {@code id} the pair's id
 * ({@link OverlapReviews#pairId}).
 */
public record OverlapReview(String id, String a, String b, OverlapVerdict verdict, String note,
		ZonedDateTime reviewedAt, String reviewedBy, long version) {
}
