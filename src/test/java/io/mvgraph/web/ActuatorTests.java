package io.mvgraph.web;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

class ActuatorTests extends ApiTestSupport {

	@Test
	void shouldReportHealthIncludingNeo4jToAnyone() {
		http().get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.status").isEqualTo("UP");
	}

	@Test
	void shouldExposeGraphQlTimingsToPrometheusForAdmins() {
		anonymous().document("{ about { version } }").execute();
		http("admin").get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class)
			.value((body) -> org.assertj.core.api.Assertions.assertThat(body).contains("graphql_request_seconds"));
		http().get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		http("editor").get().uri("/actuator/metrics").exchange().expectStatus().isForbidden();
	}

}
