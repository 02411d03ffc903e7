package io.mvgraph.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the liaison, people and meeting mutation tests: run a mutation that must be refused, and check
 * through the API that it changed nothing (records, versions, stamps, history).
 */
public abstract class CoordinationEditingSupport extends ApiTestSupport {

	private static final String VERSIONS = """
			{ liaisons(first: 500) { edges { node { id version updatedAt state } } }
			  people(first: 500) { edges { node { id version updatedAt } } }
			  meetings(first: 500) { id version updatedAt contributions { id version updatedAt } } }""";

	/** Everything a mutation could change: the export (as an analyst), every version and stamp, every history. */
	protected String state() {
		String export = http("analyst").get()
			.uri("/api/export?format=json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Map<?, ?> versions = as("analyst").document(VERSIONS).execute().path("").entity(Map.class).get();
		List<String> ids = new ArrayList<>();
		collectIds(versions, ids);
		StringBuilder histories = new StringBuilder("{ ");
		for (int i = 0; i < ids.size(); i++) {
			histories.append("h").append(i).append(": history(id: \"").append(ids.get(i)).append("\") { id } ");
		}
		Map<?, ?> history = ids.isEmpty() ? Map.of()
				: anonymous().document(histories.append("}").toString()).execute().path("").entity(Map.class).get();
		return export + "\n" + versions + "\n" + history;
	}

	/**
	 * Runs a mutation that must be refused with one error of this code (and, when not null, naming this field), and
	 * checks that the graph is exactly as before. Returns the error, for a look at its message.
	 */
	protected ResponseError assertRefused(HttpGraphQlTester tester, String document, Map<String, Object> variables,
			String code, String field) {
		String before = state();
		GraphQlTester.Request<?> request = tester.document(document);
		variables.forEach(request::variable);
		AtomicReference<ResponseError> error = new AtomicReference<>();
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).as("errors of %s", variables).hasSize(1);
			assertThat(errors.get(0).getExtensions()).as(errors.get(0).getMessage()).containsEntry("code", code);
			if (field != null) {
				assertThat(errors.get(0).getExtensions()).as(errors.get(0).getMessage()).containsEntry("field", field);
			}
			error.set(errors.get(0));
		});
		assertThat(state()).as("the graph after a refused mutation").isEqualTo(before);
		return error.get();
	}

	/** The variables of a call, in order; values may be null (Map.of refuses them). */
	protected static Map<String, Object> vars(Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	/** A copy of an input with some fields changed (null values allowed). */
	protected static Map<String, Object> with(Map<String, Object> input, Object... namesAndValues) {
		Map<String, Object> copy = new LinkedHashMap<>(input);
		copy.putAll(vars(namesAndValues));
		return copy;
	}

	protected List<String> historyActions(String id) {
		return anonymous().document("query($id: ID!) { history(id: $id) { action } }")
			.variable("id", id)
			.execute()
			.path("history[*].action")
			.entityList(String.class)
			.get();
	}

	private static void collectIds(Object value, List<String> ids) {
		if (value instanceof Map<?, ?> map) {
			if (map.get("id") instanceof String id) {
				ids.add(id);
			}
			map.values().forEach((child) -> collectIds(child, ids));
		}
		else if (value instanceof List<?> list) {
			list.forEach((child) -> collectIds(child, ids));
		}
	}

}
