package io.mvgraph.review;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The canonical form of a review, for the history (who changed the verdict or the note, and when). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OverlapReviewRecord(String id, String a, String b, OverlapVerdict verdict, String note) {
}
