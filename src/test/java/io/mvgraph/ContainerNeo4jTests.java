package io.mvgraph;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service against the production Neo4j image, as docker-compose runs it. Skips itself where no Docker engine
 * runs (as on the build machines of this project); the same HTTP behaviour is covered on the in-process Neo4j.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "mvgraph.seed=true", "mvgraph.users.editor-password=e", "mvgraph.users.analyst-password=a",
				"mvgraph.users.admin-password=x" })
@AutoConfigureHttpGraphQlTester
class ContainerNeo4jTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26").withAdminPassword("mvgraph-test");

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "mvgraph-test");
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void shouldServeTheSeededRoadmapFromANeo4jServer() {
		this.graphQl.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.document("{ about { embedded neo4jVersion } workItems(first: 5) { totalCount edges { node { owner { id } } } } }")
			.execute()
			.path("about.embedded").entity(Boolean.class).isEqualTo(false)
			.path("workItems.totalCount").entity(Integer.class).satisfies((count) -> assertThat(count).isGreaterThan(300))
			.path("workItems.edges[*].node.owner.id").entityList(String.class).hasSize(5);
	}

}
