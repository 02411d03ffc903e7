package io.mvgraph.review;

import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** reviewOverlap, restoreOverlap, overlapReviews, and the API the overlap analysis filters with. */
class OverlapReviewApiTests extends MutationTestSupport {

	private static final String REVIEW = """
			mutation($a: ID!, $b: ID!, $verdict: OverlapVerdict!, $note: String, $version: Int) {
			  reviewOverlap(a: $a, b: $b, verdict: $verdict, note: $note, version: $version) {
			    id a { id } b { id } verdict note reviewedBy reviewedAt version } }""";

	private static final String RESTORE = """
			mutation($a: ID!, $b: ID!, $version: Int) { restoreOverlap(a: $a, b: $b, version: $version) }""";

	@Autowired
	private OverlapReviews reviews;

	/** Only to run the analysis's Cypher predicate against real reviews. */
	@Autowired
	private Neo4jClient neo4j;

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldRecordChangeAndRestoreAVerdictOnAnUnorderedPair() {
		as("editor").document(REVIEW).variable("a", "iso-avatar").variable("b", "h-avatar").variable("verdict", "REJECTED")
			.variable("note", "Different scope: interchange vs representation").execute()
			.path("reviewOverlap.id").entity(String.class).isEqualTo("h-avatar|iso-avatar")
			.path("reviewOverlap.a.id").entity(String.class).isEqualTo("h-avatar")
			.path("reviewOverlap.b.id").entity(String.class).isEqualTo("iso-avatar")
			.path("reviewOverlap.verdict").entity(String.class).isEqualTo("REJECTED")
			.path("reviewOverlap.reviewedBy").entity(String.class).isEqualTo("editor")
			.path("reviewOverlap.version").entity(Integer.class).isEqualTo(1);
		anonymous().document("{ overlapReviews(verdict: REJECTED) { id note } confirmed: overlapReviews(verdict: CONFIRMED) { id } }")
			.execute()
			.path("overlapReviews[*].id").entityList(String.class).containsExactly("h-avatar|iso-avatar")
			.path("confirmed").entityList(Object.class).hasSize(0);
		assertThat(this.reviews.rejectedPairIds()).containsExactly("h-avatar|iso-avatar");
		assertThat(this.reviews.rejectedPairs()).containsExactly(new OverlapReviews.Pair("h-avatar", "iso-avatar"));
		assertThat(this.reviews.verdictOf("iso-avatar", "h-avatar")).contains(OverlapVerdict.REJECTED);

		// the same pair in the other order: the same review, a new version
		as("editor").document(REVIEW).variable("a", "h-avatar").variable("b", "iso-avatar").variable("verdict", "CONFIRMED")
			.variable("version", 1).execute()
			.path("reviewOverlap.verdict").entity(String.class).isEqualTo("CONFIRMED")
			.path("reviewOverlap.note").valueIsNull()
			.path("reviewOverlap.version").entity(Integer.class).isEqualTo(2);
		assertThat(this.reviews.rejectedPairIds()).isEmpty();
		assertThat(this.reviews.rejectedPairs()).isEmpty();
		assertThat(this.reviews.reviews(List.of("h-avatar|iso-avatar", "h-haptics|jtc1-green")))
			.containsOnlyKeys("h-avatar|iso-avatar");

		as("editor").document(RESTORE).variable("a", "iso-avatar").variable("b", "h-avatar").execute()
			.path("restoreOverlap").entity(String.class).isEqualTo("h-avatar|iso-avatar");
		anonymous().document("{ overlapReview(a: \"h-avatar\", b: \"iso-avatar\") { id } }").execute()
			.path("overlapReview").valueIsNull();
		assertThat(this.reviews.verdictOf("h-avatar", "iso-avatar")).isEmpty();
		assertThat(historyActions("h-avatar|iso-avatar")).containsExactly("DELETED", "UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseBadReviews() {
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "h-avatar", "verdict", "REJECTED"), "BAD_REQUEST",
				"b");
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "ghost", "verdict", "REJECTED"), "NOT_FOUND", "b");
		assertRefused(as("editor"), REVIEW, vars("a", "ghost", "b", "h-avatar", "verdict", "REJECTED"), "NOT_FOUND", "a");
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "REJECTED", "note", " "),
				"BAD_REQUEST", "note");
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "MAYBE"), "BAD_REQUEST",
				null);
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "REJECTED", "version", 1),
				"CONFLICT", "version");
		assertRefused(as("editor"), RESTORE, vars("a", "h-avatar", "b", "iso-avatar"), "NOT_FOUND", "a");
		assertRefused(anonymous(), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "REJECTED"), "UNAUTHORIZED",
				null);
		assertRefused(as("analyst"), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "REJECTED"), "FORBIDDEN",
				null);
		as("editor").document(REVIEW).variable("a", "h-avatar").variable("b", "iso-avatar").variable("verdict", "REJECTED")
			.execute();
		assertRefused(as("editor"), REVIEW, vars("a", "h-avatar", "b", "iso-avatar", "verdict", "CONFIRMED", "version", 7),
				"CONFLICT", "version");
		assertRefused(as("analyst"), RESTORE, vars("a", "h-avatar", "b", "iso-avatar"), "FORBIDDEN", null);
		assertRefused(anonymous(), RESTORE, vars("a", "h-avatar", "b", "iso-avatar"), "UNAUTHORIZED", null);
		assertRefused(as("editor"), RESTORE, vars("a", "h-avatar", "b", "iso-avatar", "version", 2), "CONFLICT",
				"version");
	}

	@Test
	void shouldForgetTheReviewsOfADeletedWorkItem() {
		as("editor").document(REVIEW).variable("a", "h-avatar").variable("b", "iso-avatar").variable("verdict", "REJECTED")
			.execute();
		as("editor").document(REVIEW).variable("a", "h-haptics").variable("b", "jtc1-green").variable("verdict", "CONFIRMED")
			.execute();
		as("editor").document("mutation { deleteWorkItem(id: \"iso-avatar\", version: 1) }").execute();
		anonymous().document("{ overlapReviews { id } }").execute()
			.path("overlapReviews[*].id").entityList(String.class).containsExactly("h-haptics|jtc1-green");
		assertThat(historyActions("h-avatar|iso-avatar")).containsExactly("DELETED", "CREATED");
	}

	@Test
	void shouldLeaveRejectedPairsOutOfAPairQueryThroughTheCypherPredicate() {
		as("editor").document(REVIEW).variable("a", "iso-avatar").variable("b", "h-avatar").variable("verdict", "REJECTED")
			.execute();
		as("editor").document(REVIEW).variable("a", "h-haptics").variable("b", "h-avatar").variable("verdict", "CONFIRMED")
			.execute();
		// the shape of an overlap query: pairs of work items, either order
		List<String> pairs = List.copyOf(this.neo4j.query("""
				MATCH (x:WorkItem), (y:WorkItem) WHERE x.id IN ['h-avatar', 'iso-avatar', 'h-haptics']
				  AND y.id IN ['h-avatar', 'iso-avatar', 'h-haptics'] AND x <> y AND
				""" + OverlapReviews.notRejected("x", "y") + """

				RETURN x.id + '>' + y.id AS pair ORDER BY pair
				""").fetchAs(String.class).all());
		assertThat(pairs).containsExactly("h-avatar>h-haptics", "h-haptics>h-avatar", "h-haptics>iso-avatar",
				"iso-avatar>h-haptics");
		Map<String, Object> row = this.neo4j.query("MATCH (x:WorkItem {id: 'iso-avatar'}), (y:WorkItem {id: 'h-avatar'}) RETURN "
				+ OverlapReviews.pairIdCypher("x", "y") + " AS id").fetch().one().orElseThrow();
		assertThat(row).containsEntry("id", OverlapReviews.pairId("iso-avatar", "h-avatar"));
	}

}
