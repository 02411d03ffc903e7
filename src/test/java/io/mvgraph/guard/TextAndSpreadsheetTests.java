package io.mvgraph.guard;

import java.util.Map;

import io.mvgraph.api.FieldRules;
import io.mvgraph.api.SpreadsheetText;
import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Control characters and invisible text are refused; CSV cells never start a formula. */
class TextAndSpreadsheetTests extends MutationTestSupport {

	private static final String CREATE_TOPIC = "mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }";

	@BeforeAll
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
	}

	@Test
	void shouldRefuseControlCharactersNamingTheField() {
		for (String name : new String[] { "nul\u0000", "bell\u0007", "\u001b[31mred", "del\u007f", "c1\u0085",
				"two\nlines" }) {
			assertRefused(as("editor"), CREATE_TOPIC,
					vars("input", map("id", "control-topic", "name", name)), "BAD_REQUEST", "input.name");
		}
		assertRefused(as("editor"), CREATE_TOPIC,
				vars("input", map("id", "control-topic", "name", "ok", "description", "escape \u001b[2J")),
				"BAD_REQUEST", "input.description");
	}

	@Test
	void shouldTakeInvisibleTextAsBlank() {
		for (String name : new String[] { "\u00a0\u00a0", "\u200b\u200b", "\u2003\ufeff", "\u3164" }) {
			assertRefused(as("editor"), CREATE_TOPIC, vars("input", map("id", "blank-topic", "name", name)),
					"BAD_REQUEST", "input.name");
		}
	}

	@Test
	void shouldKeepLineBreaksAndTabsInLongTexts() {
		as("editor").document(CREATE_TOPIC)
			.variable("input", map("id", "multi-line-topic", "name", "Multi-line", "description", "one\n\ttwo\r\nthree"))
			.execute()
			.path("createTopic.id")
			.entity(String.class)
			.isEqualTo("multi-line-topic");
	}

	@Test
	void shouldStateTheRulesInFieldRules() {
		assertThat(FieldRules.textProblem("a\u0000b", FieldRules.NAME_LENGTH)).contains("control characters");
		assertThat(FieldRules.textProblem("\u00a0", FieldRules.NAME_LENGTH)).isEqualTo("must not be blank");
		assertThat(FieldRules.textProblem("a\tb", FieldRules.TEXT_LENGTH)).isNull();
		assertThat(FieldRules.textProblem("a\tb", FieldRules.NAME_LENGTH)).contains("control characters");
		assertThat(FieldRules.textProblem("Ünïcødé 名前", FieldRules.NAME_LENGTH)).isNull();
	}

	@Test
	void shouldEscapeFormulasInSpreadsheetText() {
		for (String formula : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=1" }) {
			assertThat(SpreadsheetText.escape(formula)).startsWith("'");
			assertThat(SpreadsheetText.unescape(SpreadsheetText.escape(formula))).isEqualTo(formula);
		}
		for (String text : new String[] { "Avatars", "'quoted", "a=b", "", "'" }) {
			assertThat(SpreadsheetText.escape(text)).isEqualTo(text);
			assertThat(SpreadsheetText.unescape(text)).isEqualTo(text);
		}
		assertThat(SpreadsheetText.escape(null)).isNull();
	}

	@Test
	void shouldEscapeFormulasInTheCsvExport() {
		as("editor").document(CREATE_TOPIC)
			.variable("input", map("id", "formula-topic", "name", "Formula"))
			.execute();
		as("editor").document("""
				mutation($input: CreateWorkItemInput!) { createWorkItem(input: $input) { id } }""")
			.variable("input", map("id", "formula-item", "title", "=HYPERLINK(\"https://evil.example\",\"x\")",
					"status", "PROPOSED", "owner", ownerId(), "topics", java.util.List.of("formula-topic"),
					"note", "@SUM(1)"))
			.execute()
			.path("createWorkItem.id")
			.entity(String.class)
			.isEqualTo("formula-item");
		String csv = http().get().uri("/api/export?format=csv").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		String row = csv.lines().filter((line) -> line.startsWith("formula-item")).findFirst().orElseThrow();
		assertThat(row).contains("\"'=HYPERLINK(").contains("'@SUM(1)").doesNotContain(",=HYPERLINK")
			.doesNotContain(",\"=HYPERLINK");
	}

	private String ownerId() {
		Map<?, ?> bodies = anonymous().document("{ bodies(first: 1) { edges { node { id } } } }")
			.execute()
			.path("bodies.edges[0].node")
			.entity(Map.class)
			.get();
		return (String) bodies.get("id");
	}

}
