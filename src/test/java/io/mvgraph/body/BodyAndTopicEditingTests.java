package io.mvgraph.body;

import java.util.Map;
import java.util.stream.Stream;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/** createBody, updateBody, deleteBody, createTopic, updateTopic, deleteTopic. */
class BodyAndTopicEditingTests extends MutationTestSupport {

	static final String CREATE_BODY = """
			mutation($input: CreateBodyInput!) { createBody(input: $input) {
			  id name acronym kind version updatedBy source parent { id } ancestors { id } } }""";

	static final String UPDATE_BODY = """
			mutation($id: ID!, $version: Int!, $input: UpdateBodyInput!) {
			  updateBody(id: $id, version: $version, input: $input) { id name acronym version parent { id } } }""";

	static final String DELETE_BODY = "mutation($id: ID!, $version: Int!) { deleteBody(id: $id, version: $version) }";

	static final String CREATE_TOPIC = """
			mutation($input: CreateTopicInput!) { createTopic(input: $input) {
			  id name description version updatedBy parent { id } } }""";

	static final String UPDATE_TOPIC = """
			mutation($id: ID!, $version: Int!, $input: UpdateTopicInput!) {
			  updateTopic(id: $id, version: $version, input: $input) { id name description version parent { id } } }""";

	static final String DELETE_TOPIC = "mutation($id: ID!, $version: Int!) { deleteTopic(id: $id, version: $version) }";

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	static Map<String, Object> newBody() {
		return map("id", "sc29-wg7", "name", "ISO/IEC JTC 1/SC 29/WG 7", "acronym", "WG 7", "kind", "SDO_GROUP",
				"parent", "sc29", "source", "https://www.iso.org/committee/45316.html");
	}

	static Map<String, Object> newTopic() {
		return map("id", "avatar-motion", "name", "Avatar motion", "parent", "avatars", "description",
				"Animation and motion of avatars");
	}

	@Test
	void shouldCreateABodyUnderItsParent() {
		as("editor").document(CREATE_BODY).variable("input", newBody()).execute()
			.path("createBody.version").entity(Integer.class).isEqualTo(1)
			.path("createBody.updatedBy").entity(String.class).isEqualTo("editor")
			.path("createBody.kind").entity(String.class).isEqualTo("SDO_GROUP")
			.path("createBody.source").entity(String.class).isEqualTo("https://www.iso.org/committee/45316.html")
			.path("createBody.ancestors[*].id").entityList(String.class).containsExactly("sc29", "jtc1");
		assertThat(historyActions("sc29-wg7")).containsExactly("CREATED");
	}

	static Stream<Arguments> invalidBodies() {
		return Stream.of(Arguments.of(with(newBody(), "name", ""), "BAD_REQUEST", "input.name"),
				Arguments.of(with(newBody(), "name", "n".repeat(301)), "BAD_REQUEST", "input.name"),
				Arguments.of(with(newBody(), "id", "WG7!"), "BAD_REQUEST", "input.id"),
				Arguments.of(with(newBody(), "url", "not a url"), "BAD_REQUEST", "input.url"),
				Arguments.of(with(newBody(), "parent", "sc29-wg7"), "BAD_REQUEST", "input.parent"),
				Arguments.of(with(newBody(), "kind", "GUILD"), "BAD_REQUEST", null),
				Arguments.of(with(newBody(), "parent", "nowhere"), "NOT_FOUND", "input.parent"),
				Arguments.of(with(newBody(), "id", "sg21"), "CONFLICT", "input.id"));
	}

	@ParameterizedTest
	@MethodSource("invalidBodies")
	void shouldRefuseAnInvalidBody(Map<String, Object> input, String code, String field) {
		assertRefused(as("editor"), CREATE_BODY, vars("input", input), code, field);
	}

	@Test
	void shouldUpdateABodyAndMoveIt() {
		as("editor").document(UPDATE_BODY).variable("id", "q1-21").variable("version", 1)
			.variable("input", map("acronym", "Q1/21", "parent", "itu-t"))
			.execute()
			.path("updateBody.acronym").entity(String.class).isEqualTo("Q1/21")
			.path("updateBody.name").entity(String.class).isEqualTo("Question 1/21")
			.path("updateBody.parent.id").entity(String.class).isEqualTo("itu-t")
			.path("updateBody.version").entity(Integer.class).isEqualTo(2);
		as("editor").document(UPDATE_BODY).variable("id", "q1-21").variable("version", 2)
			.variable("input", map("parent", null))
			.execute()
			.path("updateBody.parent").valueIsNull();
		assertThat(historyActions("q1-21")).containsExactly("UPDATED", "UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseABodyParentThatMakesACycle() {
		ResponseError cycle = assertRefused(as("editor"), UPDATE_BODY,
				vars("id", "itu", "version", 1, "input", map("parent", "q1-21")), "BAD_REQUEST", "input.parent");
		assertThat(cycle.getMessage()).contains("cycle");
		assertRefused(as("editor"), UPDATE_BODY, vars("id", "sg21", "version", 1, "input", map("parent", "sg21")),
				"BAD_REQUEST", "input.parent");
		assertRefused(as("editor"), UPDATE_BODY, vars("id", "sg21", "version", 1, "input", map("name", null)),
				"BAD_REQUEST", "input.name");
		assertRefused(as("editor"), UPDATE_BODY, vars("id", "sg21", "version", 1, "input", map("parent", "mars")),
				"NOT_FOUND", "input.parent");
		assertRefused(as("editor"), UPDATE_BODY, vars("id", "sg21", "version", 2, "input", map("name", "SG 21")),
				"CONFLICT", "version");
		assertRefused(as("editor"), UPDATE_BODY, vars("id", "mars", "version", 1, "input", map("name", "Mars")),
				"NOT_FOUND", "id");
	}

	@Test
	void shouldDeleteOnlyABodyNothingRefersTo() {
		// sg21 owns h-haptics, has Q1/21 below it, and sent and received liaisons
		ResponseError referenced = assertRefused(as("editor"), DELETE_BODY, vars("id", "sg21", "version", 1),
				"CONFLICT", "id");
		assertThat(referenced.getMessage()).contains("1 work item(s) it owns", "1 group(s) below it",
				"1 liaison(s) it sent", "1 liaison(s) sent to it");
		assertRefused(as("editor"), DELETE_BODY, vars("id", "q1-21", "version", 0), "CONFLICT", "version");
		assertRefused(as("editor"), DELETE_BODY, vars("id", "mars", "version", 1), "NOT_FOUND", "id");

		as("editor").document(CREATE_BODY).variable("input", newBody()).execute();
		as("editor").document(DELETE_BODY).variable("id", "sc29-wg7").variable("version", 1).execute()
			.path("deleteBody").entity(String.class).isEqualTo("sc29-wg7");
		anonymous().document("{ body(id: \"sc29\") { children { id } } }").execute()
			.path("body.children").entityList(Object.class).hasSize(0);
		assertThat(historyActions("sc29-wg7")).containsExactly("DELETED", "CREATED");
	}

	@Test
	void shouldCreateUpdateAndDeleteTopics() {
		as("editor").document(CREATE_TOPIC).variable("input", newTopic()).execute()
			.path("createTopic.parent.id").entity(String.class).isEqualTo("avatars")
			.path("createTopic.version").entity(Integer.class).isEqualTo(1);
		as("editor").document(UPDATE_TOPIC).variable("id", "avatar-motion").variable("version", 1)
			.variable("input", map("name", "Avatar motion and animation", "description", null))
			.execute()
			.path("updateTopic.name").entity(String.class).isEqualTo("Avatar motion and animation")
			.path("updateTopic.description").valueIsNull()
			.path("updateTopic.version").entity(Integer.class).isEqualTo(2);
		as("editor").document(DELETE_TOPIC).variable("id", "avatar-motion").variable("version", 2).execute()
			.path("deleteTopic").entity(String.class).isEqualTo("avatar-motion");
		assertThat(historyActions("avatar-motion")).containsExactly("DELETED", "UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseInvalidTopicEdits() {
		assertRefused(as("editor"), CREATE_TOPIC, vars("input", with(newTopic(), "name", " ")),
				"BAD_REQUEST", "input.name");
		assertRefused(as("editor"), CREATE_TOPIC,
				vars("input", with(newTopic(), "description", "d".repeat(20_001))), "BAD_REQUEST",
				"input.description");
		assertRefused(as("editor"), CREATE_TOPIC, vars("input", with(newTopic(), "parent", "ghost")),
				"NOT_FOUND", "input.parent");
		assertRefused(as("editor"), CREATE_TOPIC, vars("input", with(newTopic(), "id", "sustainability")),
				"CONFLICT", "input.id");
		ResponseError cycle = assertRefused(as("editor"), UPDATE_TOPIC,
				vars("id", "core", "version", 1, "input", map("parent", "avatar-formats")), "BAD_REQUEST",
				"input.parent");
		assertThat(cycle.getMessage()).contains("cycle");
		assertRefused(as("editor"), UPDATE_TOPIC, vars("id", "core", "version", 9, "input", map("name", "Core")),
				"CONFLICT", "version");
		// haptics: a work item is about it; core: sub-topics and a work item
		ResponseError used = assertRefused(as("editor"), DELETE_TOPIC, vars("id", "haptics", "version", 1), "CONFLICT",
				"id");
		assertThat(used.getMessage()).contains("1 work item(s) about it");
		used = assertRefused(as("editor"), DELETE_TOPIC, vars("id", "core", "version", 1), "CONFLICT", "id");
		assertThat(used.getMessage()).contains("2 sub-topic(s)", "1 work item(s) about it");
		assertRefused(as("editor"), DELETE_TOPIC, vars("id", "sustainability", "version", 2), "CONFLICT", "version");
	}

	static Stream<Arguments> everyMutation() {
		return Stream.of(Arguments.of(CREATE_BODY, vars("input", newBody())),
				Arguments.of(UPDATE_BODY, vars("id", "sg21", "version", 1, "input", map("name", "SG 21"))),
				Arguments.of(DELETE_BODY, vars("id", "q1-21", "version", 1)),
				Arguments.of(CREATE_TOPIC, vars("input", newTopic())),
				Arguments.of(UPDATE_TOPIC, vars("id", "core", "version", 1, "input", map("name", "Core"))),
				Arguments.of(DELETE_TOPIC, vars("id", "sustainability", "version", 1)));
	}

	@ParameterizedTest
	@MethodSource("everyMutation")
	void shouldLetOnlyEditorsEdit(String document, Map<String, Object> variables) {
		assertRefused(anonymous(), document, variables, "UNAUTHORIZED", null);
		assertRefused(as("analyst"), document, variables, "FORBIDDEN", null);
	}

}
