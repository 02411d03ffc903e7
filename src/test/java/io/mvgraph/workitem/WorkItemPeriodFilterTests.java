package io.mvgraph.workitem;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code workItems(filter: { published: {from, until}, due: {from, until} })}: partial dates meet the period. */
class WorkItemPeriodFilterTests extends ApiTestSupport {

	@BeforeEach
	void timeline() {
		resetGraph();
		importDataset("fixtures/timeline.json");
	}

	private java.util.List<String> ids(String filter) {
		return anonymous().document("{ workItems(first: 100, orderBy: ID, filter: " + filter + ") { edges { node { id } } } }")
			.execute()
			.path("workItems.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void shouldMatchPublicationsWhosePeriodMeetsTheFilter() {
		// 2025-12 meets a period from the middle of December; a year (2024) meets a month of it
		assertThat(ids("{ published: { from: \"2025-12-15\" } }")).containsExactly("iso-avatar");
		assertThat(ids("{ published: { from: \"2024-06-01\", until: \"2024-06-30\" } }")).containsExactly("sg16-telepresence");
		assertThat(ids("{ published: { until: \"2020-01-01\" } }")).containsExactly("khronos-gltf");
		// an open period: every work item with a publication date
		assertThat(ids("{ published: {} }")).containsExactly("iso-avatar", "khronos-gltf", "sg16-telepresence");
	}

	@Test
	void shouldMatchTargetsByQuarterAndYearAndCombineWithTheOtherFilters() {
		assertThat(ids("{ due: { from: \"2026-05-01\", until: \"2026-05-31\" } }")).containsExactly("h-avatar", "q1-21-haptics");
		assertThat(ids("{ due: { from: \"2026-07-01\" } }")).containsExactly("q1-21-haptics", "q8-16-privacy", "sg21-haptics");
		assertThat(ids("{ due: { from: \"2026-07-01\" }, owner: \"sg21\" }")).containsExactly("q1-21-haptics", "sg21-haptics");
		assertThat(ids("{ due: { from: \"2026-07-01\" }, status: [PROPOSED] }")).containsExactly("sg21-haptics");
		assertThat(ids("{ due: { from: \"2027-04-01\" } }")).isEmpty();
	}

	@Test
	void shouldRefuseAPeriodThatEndsBeforeItStarts() {
		anonymous().document("{ workItems(filter: { due: { from: \"2026-05-01\", until: \"2026-04-01\" } }) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
				assertThat(errors.get(0).getMessage()).contains("filter.due.until");
			});
	}

}
