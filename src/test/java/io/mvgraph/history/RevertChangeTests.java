package io.mvgraph.history;

import java.util.List;
import java.util.Map;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Undo: {@code revertChange(id)} reverts one recorded update, as a change of its own. */
class RevertChangeTests extends MutationTestSupport {

	private static final String UPDATE = """
			mutation($version: Int!, $input: UpdateWorkItemInput!) {
			  updateWorkItem(id: "h-avatar", version: $version, input: $input) { version } }""";

	private static final String REVERT = "mutation($id: ID!) { revertChange(id: $id) { id by action entityId fields { field before after } } }";

	@BeforeEach
	void data() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	private String update(Map<String, Object> input) {
		as("editor").document(UPDATE)
			.variable("version", version("workItem", "h-avatar"))
			.variable("input", input)
			.execute()
			.path("updateWorkItem.version")
			.hasValue();
		return latestChangeId();
	}

	private String latestChangeId() {
		return anonymous().document("{ history(id: \"h-avatar\", first: 1) { id } }")
			.execute()
			.path("history[0].id")
			.entity(String.class)
			.get();
	}

	private Map<?, ?> workItem() {
		return anonymous().document("{ workItem(id: \"h-avatar\") { status targetDate topics { id } version } }")
			.execute()
			.path("workItem")
			.entity(Map.class)
			.get();
	}

	@Test
	void revertingAnUpdatePutsTheFieldsBackAndIsRecordedAsAChangeOfItsOwn() {
		Map<?, ?> before = workItem();
		String change = update(map("status", "PUBLISHED", "targetDate", "2027-06"));
		assertThat(workItem().get("status")).isEqualTo("PUBLISHED");
		Map<?, ?> revert = as("editor").document(REVERT).variable("id", change).execute()
			.path("revertChange").entity(Map.class).get();
		assertThat(revert.get("by")).isEqualTo("editor");
		assertThat(revert.get("action")).isEqualTo("UPDATED");
		assertThat(revert.get("id")).isNotEqualTo(change);
		Map<?, ?> after = workItem();
		assertThat(after.get("status")).isEqualTo(before.get("status"));
		assertThat(after.get("targetDate")).isEqualTo(before.get("targetDate"));
		assertThat((Integer) after.get("version")).isEqualTo((Integer) before.get("version") + 2);
		// the answer is the change as recorded
		assertThat(latestChangeId()).isEqualTo(revert.get("id"));
		assertThat(historyActions("h-avatar")).hasSize(3);
		// and an undo can itself be undone (redo)
		as("editor").document(REVERT).variable("id", revert.get("id")).execute().path("revertChange.id").hasValue();
		assertThat(workItem().get("status")).isEqualTo("PUBLISHED");
	}

	@Test
	void aRecordChangedSinceInTheseFieldsIsAConflictAndChangesNothing() {
		String first = update(map("status", "PUBLISHED"));
		update(map("status", "APPROVED"));
		assertThat(assertRefused(as("editor"), REVERT, vars("id", first), "CONFLICT", "id").getMessage())
			.contains("changed since");
		// changed and changed back: a later change touched the field, still a conflict
		update(map("status", "PUBLISHED"));
		assertRefused(as("editor"), REVERT, vars("id", first), "CONFLICT", "id");
	}

	@Test
	void aLaterChangeOfOtherFieldsDoesNotStandInTheWay() {
		String status = update(map("status", "PUBLISHED"));
		update(map("note", "checked at the meeting"));
		as("editor").document(REVERT).variable("id", status).execute().path("revertChange.fields[0].field")
			.entity(String.class).isEqualTo("status");
		assertThat(workItem().get("status")).isEqualTo("UNDER_DEVELOPMENT");
	}

	@Test
	void unknownChangesCreationsAndCallersWithoutTheRoleAreRefused() {
		assertRefused(as("editor"), REVERT, vars("id", "no-such-change"), "NOT_FOUND", "id");
		String created = anonymous().document("{ history(id: \"h-haptics\") { id action } }").execute()
			.path("history[0].id").entity(String.class).get();
		assertThat(assertRefused(as("editor"), REVERT, vars("id", created), "BAD_REQUEST", "id").getMessage())
			.contains("only an update");
		String change = update(map("status", "PUBLISHED"));
		assertRefused(as("analyst"), REVERT, vars("id", change), "FORBIDDEN", null);
		assertRefused(anonymous(), REVERT, vars("id", change), "UNAUTHORIZED", null);
	}

	@Test
	void linksAndTopicsGoBackToo() {
		String change = update(map("topics", List.of("avatar-formats", "haptics")));
		as("editor").document(REVERT).variable("id", change).execute().path("revertChange.id").hasValue();
		assertThat(workItem().get("topics")).isEqualTo(List.of(Map.of("id", "avatar-formats")));
	}

}
