package io.mvgraph.workitem;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** createWorkItem, updateWorkItem, deleteWorkItem, linkWorkItems, unlinkWorkItems, tagWorkItem, untagWorkItem. */
class WorkItemEditingTests extends MutationTestSupport {

	static final String CREATE = """
			mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) {
			  id designation title status version updatedBy source confidence startDate
			  owner { id } topics { id } links { kind direction workItem { id } } } }""";

	static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: UpdateWorkItemInput!) {
			  updateWorkItem(id: $id, version: $version, input: $input) {
			    id title scope status version updatedBy owner { id } topics { id } } }""";

	static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteWorkItem(id: $id, version: $version) }";

	static final String LINK = """
			mutation($from: ID!, $to: ID!, $kind: WorkItemLinkKind!, $version: Int) {
			  linkWorkItems(from: $from, to: $to, kind: $kind, version: $version) {
			    id version links { kind direction workItem { id } } } }""";

	static final String UNLINK = """
			mutation($from: ID!, $to: ID!, $kind: WorkItemLinkKind!, $version: Int) {
			  unlinkWorkItems(from: $from, to: $to, kind: $kind, version: $version) {
			    id links { kind direction workItem { id } } } }""";

	static final String TAG = """
			mutation($id: ID!, $topicIds: [ID!]!, $replace: Boolean, $version: Int) {
			  tagWorkItem(id: $id, topicIds: $topicIds, replace: $replace, version: $version) { id version topics { id } } }""";

	static final String UNTAG = """
			mutation($id: ID!, $topicIds: [ID!]!, $version: Int) {
			  untagWorkItem(id: $id, topicIds: $topicIds, version: $version) { id topics { id } } }""";

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	static Map<String, Object> newItem() {
		return map("id", "itu-t-f-mv-avatar", "designation", "ITU-T F.MV-AVATAR", "title", "Avatar services",
				"status", "PROPOSED", "owner", "q1-21", "topics", List.of("avatars", "core"), "links",
				List.of(map("to", "iso-avatar", "kind", "REFERENCES")), "startDate", "2025-02-01", "source",
				"https://www.itu.int/itu-t/workprog/", "confidence", "low");
	}

	@Test
	void shouldCreateAWorkItemWithItsRelationshipsProvenanceAndHistory() {
		as("editor").document(CREATE).variable("input", newItem()).execute()
			.path("createWorkItem.id").entity(String.class).isEqualTo("itu-t-f-mv-avatar")
			.path("createWorkItem.version").entity(Integer.class).isEqualTo(1)
			.path("createWorkItem.updatedBy").entity(String.class).isEqualTo("editor")
			.path("createWorkItem.source").entity(String.class).isEqualTo("https://www.itu.int/itu-t/workprog/")
			.path("createWorkItem.confidence").entity(String.class).isEqualTo("low")
			.path("createWorkItem.startDate").entity(String.class).isEqualTo("2025-02-01")
			.path("createWorkItem.owner.id").entity(String.class).isEqualTo("q1-21")
			.path("createWorkItem.topics[*].id").entityList(String.class).containsExactly("avatars", "core")
			.path("createWorkItem.links[0].kind").entity(String.class).isEqualTo("REFERENCES")
			.path("createWorkItem.links[0].workItem.id").entity(String.class).isEqualTo("iso-avatar");
		anonymous().document("{ history(id: \"itu-t-f-mv-avatar\") { action by origin entityType fields { field after } } }")
			.execute()
			.path("history[*].action").entityList(String.class).containsExactly("CREATED")
			.path("history[0].by").entity(String.class).isEqualTo("editor")
			.path("history[0].origin").entity(String.class).isEqualTo("api")
			.path("history[0].entityType").entity(String.class).isEqualTo("WORK_ITEM")
			.path("history[0].fields[*].field").entityList(String.class).contains("title", "owner", "topics", "links");
		// the other end sees the link, and the new item counts among its owner's
		anonymous().document("{ workItem(id: \"iso-avatar\") { version links { direction workItem { id } } } }")
			.execute()
			.path("workItem.version").entity(Integer.class).isEqualTo(1)
			.path("workItem.links[*].workItem.id").entityList(String.class).contains("itu-t-f-mv-avatar");
	}

	static Stream<Arguments> invalidNewItems() {
		return Stream.of(Arguments.of(with(newItem(), "title", "   "), "input.title", "blank"),
				Arguments.of(with(newItem(), "title", "x".repeat(1001)), "input.title", "at most 1000"),
				Arguments.of(with(newItem(), "designation", "d".repeat(301)), "input.designation", "at most 300"),
				Arguments.of(with(newItem(), "id", "Not A Slug"), "input.id", "not a valid id"),
				Arguments.of(with(newItem(), "id", "x".repeat(101)), "input.id", "at most 100"),
				Arguments.of(with(newItem(), "publishedDate", "2025-01-01"), "input.publishedDate", "before startDate"),
				Arguments.of(with(newItem(), "url", "ftp://example.org/x"), "input.url", "http or https"),
				Arguments.of(with(newItem(), "confidence", "maybe"), "input.confidence", "high, low"),
				Arguments.of(with(newItem(), "year", 1800), "input.year", "between 1900 and 2100"),
				Arguments.of(with(newItem(), "topics", List.of()), "input.topics", "at least one"),
				Arguments.of(with(newItem(), "topics", List.of("core", "core")), "input.topics[1]", "listed twice"),
				Arguments.of(with(newItem(), "links", List.of(map("to", "itu-t-f-mv-avatar", "kind", "REFERENCES"))),
						"input.links[0].to", "link to itself"),
				Arguments.of(with(newItem(), "links", List.of(map("to", "iso-avatar", "kind", "REFERENCES"),
						map("to", "iso-avatar", "kind", "REFERENCES"))), "input.links[1]", "duplicate link"));
	}

	@ParameterizedTest
	@MethodSource("invalidNewItems")
	void shouldRefuseAnInvalidWorkItemNamingTheFieldAndChangeNothing(Map<String, Object> input, String field,
			String reason) {
		ResponseError error = assertRefused(as("editor"), CREATE, vars("input", input), "BAD_REQUEST", field);
		assertThat(error.getMessage()).contains(field).contains(reason);
	}

	@Test
	void shouldRefuseValuesTheSchemaCannotRead() {
		ResponseError error = assertRefused(as("editor"), CREATE, vars("input", with(newItem(), "status", "FINISHED")),
				"BAD_REQUEST", null);
		assertThat(error.getMessage()).contains("FINISHED");
		// an impossible date is refused, not moved to the end of the month
		error = assertRefused(as("editor"), CREATE, vars("input", with(newItem(), "startDate", "2025-02-30")),
				"BAD_REQUEST", null);
		assertThat(error.getMessage()).contains("2025-02-30");
		// written in the document, the value's field is named too
		error = assertRefused(as("editor"), """
				mutation { createWorkItem(input: { id: "x", title: "X", status: FINISHED, owner: "sg21", topics: ["core"] }) { id } }""",
				"BAD_REQUEST", null);
		assertThat(error.getMessage()).contains("input.status").contains("FINISHED");
		error = assertRefused(as("editor"), """
				mutation { createWorkItem(input: { id: "x", title: "X", status: PROPOSED, owner: "sg21", topics: ["core"],
				                                   startDate: "2025-02-30" }) { id } }""", "BAD_REQUEST", null);
		assertThat(error.getMessage()).contains("input.startDate").contains("2025-02-30");
	}

	@Test
	void shouldRefuseUnknownReferencesAndATakenId() {
		assertRefused(as("editor"), CREATE, vars("input", with(newItem(), "owner", "atlantis")), "NOT_FOUND",
				"input.owner");
		assertRefused(as("editor"), CREATE, vars("input", with(newItem(), "topics", List.of("core", "ghost"))),
				"NOT_FOUND", "input.topics[1]");
		assertRefused(as("editor"), CREATE,
				vars("input", with(newItem(), "links", List.of(map("to", "ghost", "kind", "RELATED_TO")))), "NOT_FOUND",
				"input.links[0].to");
		ResponseError error = assertRefused(as("editor"), CREATE, vars("input", with(newItem(), "id", "h-haptics")),
				"CONFLICT", "input.id");
		assertThat(error.getMessage()).contains("h-haptics").contains("already exists");
	}

	@Test
	void shouldUpdateOnlyTheGivenFieldsAndRecordThem() {
		as("editor").document(UPDATE)
			.variable("id", "h-avatar")
			.variable("version", 1)
			.variable("input", map("status", "APPROVED", "title", "Avatar interchange format, v2", "scope", null))
			.execute()
			.path("updateWorkItem.status").entity(String.class).isEqualTo("APPROVED")
			.path("updateWorkItem.title").entity(String.class).isEqualTo("Avatar interchange format, v2")
			.path("updateWorkItem.version").entity(Integer.class).isEqualTo(2)
			.path("updateWorkItem.updatedBy").entity(String.class).isEqualTo("editor")
			.path("updateWorkItem.owner.id").entity(String.class).isEqualTo("q1-21")
			.path("updateWorkItem.topics[*].id").entityList(String.class).containsExactly("avatar-formats");
		anonymous().document("{ history(id: \"h-avatar\") { action by fields { field before after } } }")
			.execute()
			.path("history[*].action").entityList(String.class).containsExactly("UPDATED", "CREATED")
			.path("history[0].fields[*].field").entityList(String.class).containsExactly("title", "status")
			.path("history[0].fields[1].before").entity(String.class).isEqualTo("\"UNDER_DEVELOPMENT\"")
			.path("history[0].fields[1].after").entity(String.class).isEqualTo("\"APPROVED\"");
		// a field set to null is cleared, references move, the rest stays
		as("editor").document(UPDATE)
			.variable("id", "jtc1-green")
			.variable("version", 1)
			.variable("input", map("scope", null, "owner", "sc29", "topics", List.of("core")))
			.execute()
			.path("updateWorkItem.scope").valueIsNull()
			.path("updateWorkItem.owner.id").entity(String.class).isEqualTo("sc29")
			.path("updateWorkItem.topics[*].id").entityList(String.class).containsExactly("core")
			.path("updateWorkItem.status").entity(String.class).isEqualTo("WITHDRAWN");
	}

	@Test
	void shouldLeaveTheVersionAloneWhenAnUpdateChangesNothing() {
		as("editor").document(UPDATE)
			.variable("id", "h-haptics")
			.variable("version", 1)
			.variable("input", map("title", "Haptic signal coding"))
			.execute()
			.path("updateWorkItem.version").entity(Integer.class).isEqualTo(1);
		assertThat(historyActions("h-haptics")).containsExactly("CREATED");
	}

	@Test
	void shouldRefuseAStaleOrInvalidUpdate() {
		ResponseError stale = assertRefused(as("editor"), UPDATE,
				vars("id", "h-avatar", "version", 0, "input", map("status", "PUBLISHED")), "CONFLICT", "version");
		assertThat(stale.getMessage()).contains("version 1, not 0");
		assertRefused(as("editor"), UPDATE, vars("id", "nothing-here", "version", 1, "input", map("status", "PUBLISHED")),
				"NOT_FOUND", "id");
		assertRefused(as("editor"), UPDATE, vars("id", "h-avatar", "version", 1, "input", map("title", null)),
				"BAD_REQUEST", "input.title");
		assertRefused(as("editor"), UPDATE, vars("id", "h-avatar", "version", 1, "input", map("status", null)),
				"BAD_REQUEST", "input.status");
		assertRefused(as("editor"), UPDATE, vars("id", "h-avatar", "version", 1, "input", map("scope", "")),
				"BAD_REQUEST", "input.scope");
		// h-avatar started on 2024-01-15
		assertRefused(as("editor"), UPDATE,
				vars("id", "h-avatar", "version", 1, "input", map("publishedDate", "2023-12-31")), "BAD_REQUEST",
				"input.publishedDate");
		assertRefused(as("editor"), UPDATE, vars("id", "h-avatar", "version", 1, "input", map("owner", "atlantis")),
				"NOT_FOUND", "input.owner");
		assertRefused(as("editor"), UPDATE,
				vars("id", "h-avatar", "version", 1, "input", map("topics", List.of("avatars", "ghost"))), "NOT_FOUND",
				"input.topics[1]");
		assertRefused(as("editor"), UPDATE, vars("id", "h-avatar", "version", 1, "input", map("topics", List.of())),
				"BAD_REQUEST", "input.topics");
	}

	@Test
	void shouldDeleteAWorkItemTakingItOutOfLinksAndLiaisonsAndKeepItsHistory() {
		// h-avatar links to iso-avatar; the reply liaison concerns it
		as("editor").document(DELETE).variable("id", "iso-avatar").variable("version", 1).execute()
			.path("deleteWorkItem").entity(String.class).isEqualTo("iso-avatar");
		anonymous().document("{ workItem(id: \"iso-avatar\") { id } }").execute()
			.errors().satisfy((errors) -> assertThat(errors).extracting((error) -> error.getExtensions().get("code"))
				.containsExactly("NOT_FOUND"));
		anonymous().document("{ workItem(id: \"h-avatar\") { version links { kind } } liaison(id: \"ls-sc29-reply\") { version concerns { id } } }")
			.execute()
			.path("workItem.version").entity(Integer.class).isEqualTo(2)
			.path("workItem.links").entityList(Object.class).hasSize(0)
			.path("liaison.version").entity(Integer.class).isEqualTo(2)
			.path("liaison.concerns[*].id").entityList(String.class).containsExactly("h-avatar");
		assertThat(historyActions("iso-avatar")).containsExactly("DELETED", "CREATED");
		assertThat(historyActions("h-avatar")).containsExactly("UPDATED", "CREATED");
		assertThat(historyActions("ls-sc29-reply")).containsExactly("UPDATED", "CREATED");
		anonymous().document("{ history(id: \"iso-avatar\") { fields { field before after } } }").execute()
			.path("history[0].fields[?(@.field == 'title')].before").entityList(String.class)
			.containsExactly("\"Avatar representation format\"");
	}

	@Test
	void shouldRefuseAStaleOrUnknownDelete() {
		assertRefused(as("editor"), DELETE, vars("id", "iso-avatar", "version", 7), "CONFLICT", "version");
		assertRefused(as("editor"), DELETE, vars("id", "nothing-here", "version", 1), "NOT_FOUND", "id");
	}

	@Test
	void shouldLinkAndUnlinkWorkItems() {
		as("editor").document(LINK).variable("from", "h-haptics").variable("to", "jtc1-green")
			.variable("kind", "REFERENCES").execute()
			.path("linkWorkItems.version").entity(Integer.class).isEqualTo(2)
			.path("linkWorkItems.links[0].kind").entity(String.class).isEqualTo("REFERENCES")
			.path("linkWorkItems.links[0].direction").entity(String.class).isEqualTo("OUTGOING")
			.path("linkWorkItems.links[0].workItem.id").entity(String.class).isEqualTo("jtc1-green");
		// the reverse of a one-way link is another link
		as("editor").document(LINK).variable("from", "jtc1-green").variable("to", "h-haptics")
			.variable("kind", "REFERENCES").variable("version", 1).execute()
			.path("linkWorkItems.links[*].direction").entityList(String.class).contains("OUTGOING", "INCOMING").hasSize(2);
		as("editor").document(UNLINK).variable("from", "h-haptics").variable("to", "jtc1-green")
			.variable("kind", "REFERENCES").execute()
			.path("unlinkWorkItems.links[*].direction").entityList(String.class).containsExactly("INCOMING");
		// RELATED_TO reads both ways: it is found from the other end too
		as("editor").document(UNLINK).variable("from", "iso-avatar").variable("to", "h-avatar")
			.variable("kind", "RELATED_TO").execute()
			.path("unlinkWorkItems.links").entityList(Object.class).hasSize(0);
		assertThat(historyActions("h-avatar")).containsExactly("UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseBadLinks() {
		assertRefused(as("editor"), LINK, vars("from", "h-avatar", "to", "h-avatar", "kind", "RELATED_TO"),
				"BAD_REQUEST", "to");
		assertRefused(as("editor"), LINK, vars("from", "h-avatar", "to", "iso-avatar", "kind", "RELATED_TO"),
				"BAD_REQUEST", "to");
		ResponseError reverse = assertRefused(as("editor"), LINK,
				vars("from", "iso-avatar", "to", "h-avatar", "kind", "RELATED_TO"), "BAD_REQUEST", "to");
		assertThat(reverse.getMessage()).contains("reads both ways");
		assertRefused(as("editor"), LINK, vars("from", "h-avatar", "to", "ghost", "kind", "REFERENCES"), "NOT_FOUND",
				"to");
		assertRefused(as("editor"), LINK, vars("from", "ghost", "to", "h-avatar", "kind", "REFERENCES"), "NOT_FOUND",
				"from");
		assertRefused(as("editor"), LINK, vars("from", "h-avatar", "to", "h-haptics", "kind", "REFERENCES", "version", 5),
				"CONFLICT", "version");
		assertRefused(as("editor"), LINK, vars("from", "h-avatar", "to", "h-haptics", "kind", "COPIES"), "BAD_REQUEST",
				null);
		assertRefused(as("editor"), UNLINK, vars("from", "h-avatar", "to", "h-haptics", "kind", "REFERENCES"),
				"NOT_FOUND", "to");
		assertRefused(as("editor"), UNLINK,
				vars("from", "h-avatar", "to", "iso-avatar", "kind", "RELATED_TO", "version", 2), "CONFLICT", "version");
	}

	@Test
	void shouldTagAndUntagWorkItems() {
		as("editor").document(TAG).variable("id", "h-haptics").variable("topicIds", List.of("core", "haptics"))
			.execute()
			.path("tagWorkItem.topics[*].id").entityList(String.class).containsExactly("haptics", "core")
			.path("tagWorkItem.version").entity(Integer.class).isEqualTo(2);
		as("editor").document(TAG).variable("id", "h-haptics").variable("topicIds", List.of("sustainability"))
			.variable("replace", true).variable("version", 2)
			.execute()
			.path("tagWorkItem.topics[*].id").entityList(String.class).containsExactly("sustainability");
		as("editor").document(TAG).variable("id", "h-haptics").variable("topicIds", List.of("avatars")).execute();
		as("editor").document(UNTAG).variable("id", "h-haptics").variable("topicIds", List.of("sustainability"))
			.execute()
			.path("untagWorkItem.topics[*].id").entityList(String.class).containsExactly("avatars");
		assertThat(historyActions("h-haptics")).containsExactly("UPDATED", "UPDATED", "UPDATED", "UPDATED", "CREATED");
	}

	@Test
	void shouldRefuseBadTags() {
		assertRefused(as("editor"), TAG, vars("id", "h-haptics", "topicIds", List.of("core", "ghost")), "NOT_FOUND",
				"topicIds[1]");
		assertRefused(as("editor"), TAG, vars("id", "h-haptics", "topicIds", List.of("Bad Id")), "BAD_REQUEST",
				"topicIds[0]");
		assertRefused(as("editor"), TAG, vars("id", "h-haptics", "topicIds", List.of(), "replace", true),
				"BAD_REQUEST", "topicIds");
		assertRefused(as("editor"), TAG, vars("id", "h-haptics", "topicIds", List.of("core", "core"), "replace", true),
				"BAD_REQUEST", "topicIds[1]");
		assertRefused(as("editor"), TAG, vars("id", "ghost", "topicIds", List.of("core")), "NOT_FOUND", "id");
		assertRefused(as("editor"), TAG, vars("id", "h-haptics", "topicIds", List.of("core"), "version", 3), "CONFLICT",
				"version");
		assertRefused(as("editor"), UNTAG, vars("id", "h-haptics", "topicIds", List.of("haptics")), "BAD_REQUEST",
				"topicIds");
		assertRefused(as("editor"), UNTAG, vars("id", "h-haptics", "topicIds", List.of("core")), "NOT_FOUND",
				"topicIds[0]");
		assertRefused(as("editor"), UNTAG, vars("id", "iso-avatar", "topicIds", List.of("core"), "version", 0),
				"CONFLICT", "version");
	}

	static Stream<Arguments> everyMutation() {
		return Stream.of(Arguments.of(CREATE, vars("input", newItem())),
				Arguments.of(UPDATE, vars("id", "h-avatar", "version", 1, "input", map("status", "PUBLISHED"))),
				Arguments.of(DELETE, vars("id", "h-avatar", "version", 1)),
				Arguments.of(LINK, vars("from", "h-haptics", "to", "jtc1-green", "kind", "REFERENCES")),
				Arguments.of(UNLINK, vars("from", "h-avatar", "to", "iso-avatar", "kind", "RELATED_TO")),
				Arguments.of(TAG, vars("id", "h-haptics", "topicIds", List.of("core"))),
				Arguments.of(UNTAG, vars("id", "iso-avatar", "topicIds", List.of("core"))));
	}

	@ParameterizedTest
	@MethodSource("everyMutation")
	void shouldLetOnlyEditorsEdit(String document, Map<String, Object> variables) {
		assertRefused(anonymous(), document, variables, "UNAUTHORIZED", null);
		assertRefused(as("analyst"), document, variables, "FORBIDDEN", null);
		// ADMIN includes EDITOR
		GraphQlTester.Request<?> request = as("admin").document(document);
		variables.forEach(request::variable);
		request.execute().errors().verify();
	}

}
