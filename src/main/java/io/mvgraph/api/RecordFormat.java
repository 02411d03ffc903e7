package io.mvgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One kind of record of the data-set format: its fields and how to read (and so check) one JSON object of it. Each
 * feature's record declares its format as a constant ({@code WorkItemRecord.FORMAT}); the import reads a file's
 * sections with them, and a mutation checks the record it built with the very same rules.
 *
 * @param <T> the record class
 */
public final class RecordFormat<T extends DatasetRecord> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Filled as each record class is initialized, which happens before its first instance exists. */
	private static final Map<Class<?>, RecordFormat<?>> FORMATS = new ConcurrentHashMap<>();

	private final Set<String> fields;

	private final Function<RecordReader, T> reader;

	public RecordFormat(Class<T> type, Set<String> fields, Function<RecordReader, T> reader) {
		this.fields = fields;
		this.reader = reader;
		FORMATS.put(type, this);
	}

	public Set<String> fields() {
		return this.fields;
	}

	public T read(RecordReader record) {
		return this.reader.apply(record);
	}

	/**
	 * Checks one record built by a mutation with the very rules of the import, as if it were the JSON object at
	 * {@code path} (e.g. "input"): the problems name the fields as the mutation's input does. With {@code strict},
	 * warnings count as problems: a mutation is held to the stricter rule; without, they are left out.
	 */
	public List<DatasetProblem> check(T record, String path, boolean strict) {
		JsonNode node = JSON.valueToTree(record);
		List<DatasetProblem> problems = new ArrayList<>();
		List<DatasetProblem> warnings = new ArrayList<>();
		read(new RecordReader(node, path, problems, warnings, this.fields));
		if (strict) {
			problems.addAll(warnings);
		}
		return problems;
	}

	/**
	 * Throws {@code BAD_REQUEST} when the record breaks a rule of the data-set format (text lengths, id format,
	 * URLs, dates, enum values, self links, duplicates...; a mutation is held to the warnings too: an action liaison
	 * needs a deadline). {@code extensions.field} names the first problem's field as {@code fieldOf} spells it for
	 * the mutation's arguments (problems have paths under {@code path}: {@code input.title},
	 * {@code input.links[0].to}); the message lists them all.
	 */
	public static void requireValid(DatasetRecord record, String path, Function<String, String> fieldOf) {
		requireValid(record, path, fieldOf, true);
	}

	public static void requireValid(DatasetRecord record, String path) {
		requireValid(record, path, Function.identity());
	}

	/**
	 * {@link #requireValid(DatasetRecord, String, Function)}; with {@code strict: false}, only what an import
	 * refuses (for edits that do not touch the fields a warning is about, such as a change of state).
	 */
	@SuppressWarnings("unchecked")
	public static void requireValid(DatasetRecord record, String path, Function<String, String> fieldOf,
			boolean strict) {
		RecordFormat<DatasetRecord> format = (RecordFormat<DatasetRecord>) FORMATS.get(record.getClass());
		if (format == null) {
			throw new IllegalArgumentException("Not a record of the data-set format: " + record.getClass());
		}
		List<DatasetProblem> problems = format.check(record, path, strict);
		if (!problems.isEmpty()) {
			String message = String.join("; ", problems.stream()
				.map((problem) -> fieldOf.apply(problem.path()) + ": " + problem.message())
				.toList());
			throw new ApiException(ErrorCode.BAD_REQUEST, fieldOf.apply(problems.get(0).path()), message);
		}
	}

}
