package io.mvgraph.benchmark;

import java.util.Map;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's data: the same bytes for the same seed, a valid data-set file, overlaps in it. */
class SyntheticRoadmapTests extends ApiTestSupport {

	@Test
	void shouldGenerateTheSameValidRoadmapForTheSameSeed() {
		byte[] first = SyntheticRoadmap.generate(400, 7L);
		assertThat(SyntheticRoadmap.generate(400, 7L)).isEqualTo(first);
		assertThat(SyntheticRoadmap.generate(400, 8L)).isNotEqualTo(first);

		resetGraph();
		Map<?, ?> report = importJson(first);
		assertThat(report.toString()).contains("IMPORTED");
		anonymous().document("{ about { counts { workItems } } overlaps(first: 5) { score } coordinationGaps(first: 5) { score } }")
			.execute()
			.path("about.counts.workItems").entity(Integer.class).isEqualTo(400)
			.path("overlaps").entityList(Object.class).hasSize(5)
			.path("coordinationGaps").entityList(Object.class).hasSize(5);
	}

}
