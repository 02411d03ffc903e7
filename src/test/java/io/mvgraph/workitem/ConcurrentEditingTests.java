package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.mvgraph.support.MutationTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Optimistic locking under real concurrency: several threads send conflicting updates of one record at once.
 * Repeated, since a race shows itself only sometimes.
 */
class ConcurrentEditingTests extends MutationTestSupport {

	private static final String READ = "query($id: ID!) { workItem(id: $id) { version note } }";

	private static final String APPEND = """
			mutation($id: ID!, $version: Int!, $note: String) {
			  updateWorkItem(id: $id, version: $version, input: { note: $note }) { version } }""";

	private final ExecutorService pool = Executors.newFixedThreadPool(6);

	@BeforeEach
	void smallGraph() {
		resetGraph();
		importDataset("fixtures/small.json");
		// once alone first, so that the race is not between first runs that compile query plans
		assertThat(update("jtc1-green", 1, "warm-up")).isTrue();
	}

	@AfterAll
	void stopPool() {
		this.pool.shutdownNow();
	}

	/**
	 * Each editor appends its words to the note, reading the record first and retrying after a CONFLICT, as a
	 * client should. Every word must be there once in the end: no update overwrote another.
	 */
	@RepeatedTest(3)
	void shouldLoseNoUpdateWhenEditorsRace() throws Exception {
		int editors = 4;
		int wordsEach = 4;
		AtomicInteger conflicts = new AtomicInteger();
		List<Callable<Void>> tasks = new ArrayList<>();
		for (int editor = 0; editor < editors; editor++) {
			int id = editor;
			tasks.add(() -> {
				for (int word = 0; word < wordsEach; word++) {
					appendWithRetry("h-haptics", "e" + id + "w" + word, conflicts);
				}
				return null;
			});
		}
		runTogether(tasks);

		GraphQlTester.Response response = anonymous().document(READ).variable("id", "h-haptics").execute();
		String note = response.path("workItem.note").entity(String.class).get();
		List<String> words = Arrays.asList(note.split(" "));
		assertThat(words).hasSize(editors * wordsEach).doesNotHaveDuplicates();
		for (int editor = 0; editor < editors; editor++) {
			for (int word = 0; word < wordsEach; word++) {
				assertThat(words).contains("e" + editor + "w" + word);
			}
		}
		// each editor's words in its own order: a retry never reordered them
		for (int editor = 0; editor < editors; editor++) {
			String prefix = "e" + editor + "w";
			assertThat(words.stream().filter((word) -> word.startsWith(prefix)).toList())
				.isSorted();
		}
		response.path("workItem.version").entity(Integer.class).isEqualTo(1 + editors * wordsEach);
		assertThat(historyActions("h-haptics")).hasSize(1 + editors * wordsEach)
			.containsOnly("UPDATED", "CREATED");
	}

	/** Several editors send an update of the same version at once: one wins, every other one is a CONFLICT. */
	@RepeatedTest(3)
	void shouldLetExactlyOneOfSeveralUpdatesOfOneVersionThrough() throws Exception {
		int editors = 6;
		List<Callable<String>> tasks = new ArrayList<>();
		for (int editor = 0; editor < editors; editor++) {
			String note = "written by editor " + editor;
			tasks.add(() -> update("h-avatar", 1, note) ? note : null);
		}
		List<String> winners = runTogether(tasks).stream().filter((note) -> note != null).toList();
		assertThat(winners).hasSize(1);
		anonymous().document(READ).variable("id", "h-avatar").execute()
			.path("workItem.version").entity(Integer.class).isEqualTo(2)
			.path("workItem.note").entity(String.class).isEqualTo(winners.get(0));
		assertThat(historyActions("h-avatar")).containsExactly("UPDATED", "CREATED");
	}

	/** EQUIVALENT_TO reads both ways: two editors linking a pair from either end at once make one link, not two. */
	@RepeatedTest(3)
	void shouldMakeOneLinkWhenTwoEditorsLinkAPairFromEitherEnd() throws Exception {
		String link = """
				mutation($from: ID!, $to: ID!) { linkWorkItems(from: $from, to: $to, kind: EQUIVALENT_TO) { id } }""";
		List<Callable<String>> tasks = List.of(() -> errorCode(link, "h-haptics", "jtc1-green"),
				() -> errorCode(link, "jtc1-green", "h-haptics"));
		List<String> codes = runTogether(tasks);
		assertThat(codes).containsExactlyInAnyOrder(null, "BAD_REQUEST");
		anonymous().document("{ workItem(id: \"h-haptics\") { links { kind workItem { id } } } }").execute()
			.path("workItem.links[*].kind").entityList(String.class).containsExactly("EQUIVALENT_TO");
	}

	/** Several editors create a work item with the same new id at once: one is created, the others are CONFLICTs. */
	@RepeatedTest(3)
	void shouldCreateARecordOnceWhenEditorsRaceForItsId() throws Exception {
		String create = """
				mutation($title: String!) { createWorkItem(input: { id: "raced-for", title: $title, status: PROPOSED,
				                                                   owner: "sg21", topics: ["core"] }) { id } }""";
		List<Callable<String>> tasks = new ArrayList<>();
		for (int editor = 0; editor < 4; editor++) {
			String title = "Title by editor " + editor;
			tasks.add(() -> {
				List<ResponseError> errors = new ArrayList<>();
				as("editor").document(create).variable("title", title).execute().errors().satisfy(errors::addAll);
				return errors.isEmpty() ? "created " + title : (String) errors.get(0).getExtensions().get("code");
			});
		}
		List<String> outcomes = runTogether(tasks);
		assertThat(outcomes).filteredOn((outcome) -> outcome.startsWith("created")).hasSize(1);
		assertThat(outcomes).filteredOn((outcome) -> !outcome.startsWith("created")).containsOnly("CONFLICT").hasSize(3);
		String winner = outcomes.stream().filter((outcome) -> outcome.startsWith("created")).findFirst().orElseThrow();
		anonymous().document("{ workItem(id: \"raced-for\") { title version } }").execute()
			.path("workItem.title").entity(String.class).isEqualTo(winner.substring("created ".length()))
			.path("workItem.version").entity(Integer.class).isEqualTo(1);
		assertThat(historyActions("raced-for")).containsExactly("CREATED");
	}

	private void appendWithRetry(String id, String word, AtomicInteger conflicts) {
		for (int attempt = 0; attempt < 200; attempt++) {
			Map<?, ?> current = as("editor").document(READ).variable("id", id).execute()
				.path("workItem").entity(Map.class).get();
			int version = (Integer) current.get("version");
			String note = (String) current.get("note");
			if (update(id, version, note == null ? word : note + " " + word)) {
				return;
			}
			conflicts.incrementAndGet();
		}
		throw new AssertionError("No update of " + id + " went through in 200 attempts");
	}

	/** True when the update went through, false on a CONFLICT; anything else fails the test. */
	private boolean update(String id, int version, String note) {
		GraphQlTester.Response response = as("editor").document(APPEND)
			.variable("id", id)
			.variable("version", version)
			.variable("note", note)
			.execute();
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		if (errors.isEmpty()) {
			return true;
		}
		assertThat(errors.get(0).getExtensions()).as(errors.get(0).getMessage()).containsEntry("code", "CONFLICT");
		return false;
	}

	private String errorCode(String document, String from, String to) {
		List<ResponseError> errors = new ArrayList<>();
		as("editor").document(document).variable("from", from).variable("to", to).execute().errors()
			.satisfy(errors::addAll);
		return errors.isEmpty() ? null : (String) errors.get(0).getExtensions().get("code");
	}

	/** Starts the tasks at the same moment and waits for all of them. */
	private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (Callable<T> task : tasks) {
			futures.add(this.pool.submit(() -> {
				start.await();
				return task.call();
			}));
		}
		start.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get(5, TimeUnit.MINUTES));
		}
		return results;
	}

}
