package io.mvgraph.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of mutation tests: helpers to run a mutation that must fail and to check, through the API, that it
 * changed nothing at all (records, versions, stamps, history, snapshots, reviews), and to build inputs.
 */
public abstract class MutationTestSupport extends ApiTestSupport {

	private static final String STATE = """
			{ workItems(first: 500, orderBy: ID) { edges { node { id version updatedAt } } }
			  bodies(first: 500) { edges { node { id version updatedAt } } }
			  topics { id version updatedAt }
			  liaisons(first: 500) { edges { node { id version updatedAt state } } }
			  people(first: 500) { edges { node { id version updatedAt } } }
			  meetings(first: 500) { id version updatedAt contributions { id version updatedAt } }
			  recentChanges(first: 500) { id }
			  snapshots(first: 500) { id }
			  overlapReviews(first: 500) { id version }
			  findings(first: 500) { edges { node { id status version note } } } }""";

	/**
	 * Everything a mutation could change, as text: the export (as an analyst: people included), every version and
	 * stamp, the latest changes of the history.
	 */
	protected String state() {
		Map<?, ?> rest = as("analyst").document(STATE).execute().path("").entity(Map.class).get();
		return exportJson("analyst") + "\n" + rest;
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

	protected ResponseError assertRefused(HttpGraphQlTester tester, String document, String code, String field) {
		return assertRefused(tester, document, Map.of(), code, field);
	}

	/** The variables of a call, in order; values may be null. */
	protected static Map<String, Object> vars(Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	/** A map with null values allowed (Map.of refuses them), for inputs. */
	protected static Map<String, Object> map(Object... namesAndValues) {
		return vars(namesAndValues);
	}

	/** A copy of an input with some fields changed (null values allowed). */
	protected static Map<String, Object> with(Map<String, Object> input, Object... namesAndValues) {
		Map<String, Object> copy = new LinkedHashMap<>(input);
		copy.putAll(vars(namesAndValues));
		return copy;
	}

	protected int version(String type, String id) {
		return anonymous().document("query($id: ID!) { " + type + "(id: $id) { version } }")
			.variable("id", id)
			.execute()
			.path(type + ".version")
			.entity(Integer.class)
			.get();
	}

	protected List<String> historyActions(String id) {
		return anonymous().document("query($id: ID!) { history(id: $id) { action } }")
			.variable("id", id)
			.execute()
			.path("history[*].action")
			.entityList(String.class)
			.get();
	}

}
