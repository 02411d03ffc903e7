package io.mvgraph.review;

import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reviews as the overlap analysis sees them: a rejected pair leaves overlaps and coordinationGaps until restored. */
class ReviewedOverlapsApiTests extends ApiTestSupport {

	private static final String PAIRS = """
			{ overlaps(first: 500) { a { id } b { id } review { verdict note } }
			  coordinationGaps(first: 500) { a { id } b { id } } }""";

	@BeforeEach
	void planted() {
		resetGraph();
		importDataset("fixtures/analysis.json");
	}

	@Test
	void shouldLeaveARejectedPairOutUntilItIsRestored() {
		assertThat(pairs("overlaps")).contains("h-avatar|iso-avatar");
		assertThat(pairs("coordinationGaps")).contains("h-avatar|iso-avatar");

		as("editor").document("mutation { reviewOverlap(a: \"iso-avatar\", b: \"h-avatar\", verdict: REJECTED, note: \"different scope\") { id } }")
			.execute()
			.path("reviewOverlap.id").entity(String.class).isEqualTo("h-avatar|iso-avatar");
		assertThat(pairs("overlaps")).doesNotContain("h-avatar|iso-avatar");
		assertThat(pairs("coordinationGaps")).doesNotContain("h-avatar|iso-avatar");
		anonymous().document("{ overlapReviews(verdict: REJECTED) { id note } }")
			.execute()
			.path("overlapReviews[*].id").entityList(String.class).containsExactly("h-avatar|iso-avatar");

		as("editor").document("mutation { restoreOverlap(a: \"h-avatar\", b: \"iso-avatar\") }").execute();
		assertThat(pairs("overlaps")).contains("h-avatar|iso-avatar");
		assertThat(pairs("coordinationGaps")).contains("h-avatar|iso-avatar");
	}

	@Test
	void shouldSayThatAConfirmedPairWasConfirmed() {
		as("editor").document("mutation { reviewOverlap(a: \"h-avatar\", b: \"iso-avatar\", verdict: CONFIRMED, note: \"same format\") { id } }")
			.execute();
		List<String> verdicts = anonymous().document("""
				{ overlaps(first: 500) { a { id } b { id } review { verdict note } } }""")
			.execute()
			.path("overlaps[?(@.a.id == 'h-avatar' && @.b.id == 'iso-avatar')].review.verdict")
			.entityList(String.class)
			.get();
		assertThat(verdicts).containsExactly("CONFIRMED");
		anonymous().document("{ overlaps(first: 500) { a { id } b { id } review { verdict } } }")
			.execute()
			.path("overlaps[?(@.a.id != 'h-avatar')].review")
			.entityList(Object.class)
			.satisfies((reviews) -> assertThat(reviews).containsOnlyNulls());
	}

	private List<String> pairs(String field) {
		return anonymous().document(PAIRS)
			.execute()
			.path(field)
			.entityList(java.util.Map.class)
			.get()
			.stream()
			.map((overlap) -> ((java.util.Map<?, ?>) overlap.get("a")).get("id") + "|" + ((java.util.Map<?, ?>) overlap.get("b")).get("id"))
			.toList();
	}

}
