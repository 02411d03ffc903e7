package io.mvgraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object of an import file, and notes every problem with its JSON path instead of
 * stopping at the first: the caller gets the whole list at once. A field that is wrong reads as null.
 */
public final class RecordReader {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final JsonNode node;

	private final String path;

	private final List<DatasetProblem> problems;

	private final List<DatasetProblem> warnings;

	public RecordReader(JsonNode node, String path, List<DatasetProblem> problems, Set<String> fields) {
		this(node, path, problems, new ArrayList<>(), fields);
	}

	public RecordReader(JsonNode node, String path, List<DatasetProblem> problems, List<DatasetProblem> warnings,
			Set<String> fields) {
		this.node = node;
		this.path = path;
		this.problems = problems;
		this.warnings = warnings;
		for (String name : node.propertyNames()) {
			if (!fields.contains(name)) {
				problem(name, "unknown field (known: " + String.join(", ", fields) + ")");
			}
		}
	}

	public static Set<String> fields(String... names) {
		return new LinkedHashSet<>(Arrays.asList(names));
	}

	public String path() {
		return this.path;
	}

	public String path(String field) {
		return this.path + "." + field;
	}

	public void problem(String field, String message) {
		this.problems.add(new DatasetProblem(field == null ? this.path : path(field), message));
	}

	/** Something an import accepts but reports (a mutation, stricter, refuses it). */
	public void warning(String field, String message) {
		this.warnings.add(new DatasetProblem(field == null ? this.path : path(field), message));
	}

	public boolean has(String field) {
		JsonNode value = this.node.get(field);
		return value != null && !value.isNull();
	}

	private JsonNode value(String field, boolean required) {
		JsonNode value = this.node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				problem(field, "required");
			}
			return null;
		}
		return value;
	}

	/** The record's own id: required, a lower-case slug. */
	public String id() {
		return reference("id", true);
	}

	/** A reference to another record by id. */
	public String reference(String field, boolean required) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problem(field, "must be a string id");
			return null;
		}
		String id = value.stringValue();
		String reason = FieldRules.idProblem(id);
		if (reason != null) {
			problem(field, reason);
			return null;
		}
		return id;
	}

	/** A list of references; {@code atLeastOne} makes an empty list a problem. */
	public List<String> references(String field, boolean required, boolean atLeastOne) {
		JsonNode value = value(field, required);
		if (value == null) {
			return required ? null : List.of();
		}
		if (!value.isArray()) {
			problem(field, "must be an array of ids");
			return null;
		}
		if (atLeastOne && value.isEmpty()) {
			problem(field, "must name at least one id");
		}
		List<String> ids = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			String elementPath = field + "[" + i + "]";
			String reason = element.isString() ? FieldRules.idProblem(element.stringValue()) : "must be a string id";
			if (reason != null) {
				problem(elementPath, reason);
			}
			else if (!seen.add(element.stringValue())) {
				problem(elementPath, "'" + element.stringValue() + "' is listed twice");
			}
			else {
				ids.add(element.stringValue());
			}
		}
		return ids;
	}

	public String text(String field, boolean required, int maxLength) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problem(field, "must be a string");
			return null;
		}
		String text = value.stringValue();
		String reason = FieldRules.textProblem(text, maxLength);
		if (reason != null) {
			problem(field, reason);
			return null;
		}
		return text;
	}

	public String url(String field) {
		String text = text(field, false, FieldRules.URL_LENGTH);
		if (text != null && FieldRules.urlProblem(text) != null) {
			problem(field, FieldRules.urlProblem(text));
			return null;
		}
		return text;
	}

	public String confidence() {
		String text = text("confidence", false, 10);
		if (text != null && !FieldRules.CONFIDENCE.contains(text)) {
			problem("confidence", "must be one of " + String.join(", ", FieldRules.CONFIDENCE) + ", was '" + text + "'");
			return null;
		}
		return text;
	}

	public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equals(value.stringValue())) {
					return constant;
				}
			}
		}
		problem(field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was " + value);
		return null;
	}

	public LocalDate date(String field) {
		return date(field, false);
	}

	public LocalDate date(String field, boolean required) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (value.isString() && DATE.matcher(value.stringValue()).matches()) {
			try {
				return LocalDate.parse(value.stringValue());
			}
			catch (DateTimeParseException ex) {
				// falls through to the problem below
			}
		}
		problem(field, "must be a date YYYY-MM-DD, was " + value);
		return null;
	}

	/** A partial date ({@link PartialDate}): YYYY, YYYY-MM or YYYY-MM-DD, and YYYY-Qn where {@code quarters}. */
	public PartialDate partialDate(String field, boolean quarters) {
		JsonNode value = value(field, false);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			problem(field, "must be a date (YYYY, YYYY-MM or YYYY-MM-DD" + (quarters ? ", or YYYY-Qn" : "") + "), was " + value);
			return null;
		}
		try {
			PartialDate date = PartialDate.parse(value.stringValue());
			if (date.isQuarter() && !quarters) {
				problem(field, "a quarter (" + date + ") is only allowed on target dates; give YYYY, YYYY-MM or YYYY-MM-DD");
				return null;
			}
			return date;
		}
		catch (IllegalArgumentException ex) {
			problem(field, ex.getMessage());
			return null;
		}
	}

	/** A date and time with its UTC offset (ISO 8601): a local time alone would not say when it is. */
	public OffsetDateTime dateTime(String field, boolean required) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (value.isString()) {
			try {
				return OffsetDateTime.parse(value.stringValue(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			catch (DateTimeParseException ex) {
				// falls through to the problem below
			}
		}
		problem(field, "must be a date and time with its UTC offset, e.g. 2025-10-09T11:15:00+02:00, was " + value);
		return null;
	}

	/** A text that must also pass one of {@link FieldRules}' checks. */
	public String checked(String field, boolean required, int maxLength, java.util.function.Function<String, String> rule) {
		String text = text(field, required, maxLength);
		if (text != null && rule.apply(text) != null) {
			problem(field, rule.apply(text));
			return null;
		}
		return text;
	}

	public Integer year(String field) {
		JsonNode value = value(field, false);
		if (value == null) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= FieldRules.MIN_YEAR
				&& value.intValue() <= FieldRules.MAX_YEAR) {
			return value.intValue();
		}
		problem(field, "must be a year between " + FieldRules.MIN_YEAR + " and " + FieldRules.MAX_YEAR + ", was " + value);
		return null;
	}

	/** A whole number in [min, max]. */
	public Integer integer(String field, boolean required, int min, int max) {
		JsonNode value = value(field, required);
		if (value == null) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= min && value.intValue() <= max) {
			return value.intValue();
		}
		problem(field, "must be a whole number between " + min + " and " + max + ", was " + value);
		return null;
	}

	/** A list of texts, each non-blank and at most {@code maxLength} long. */
	public List<String> texts(String field, int maxLength) {
		JsonNode value = value(field, false);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problem(field, "must be an array of strings");
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			String elementPath = field + "[" + i + "]";
			String reason = element.isString() ? FieldRules.textProblem(element.stringValue(), maxLength)
					: "must be a string";
			if (reason != null) {
				problem(elementPath, reason);
			}
			else {
				texts.add(element.stringValue());
			}
		}
		return texts;
	}

	/** The elements of an array field that are objects, each with its own reader. */
	/** One nested object (not an array), read with its own fields; null when absent or not an object. */
	public RecordReader object(String field, Set<String> fields) {
		JsonNode value = value(field, false);
		if (value == null) {
			return null;
		}
		if (!value.isObject()) {
			problem(field, "must be an object");
			return null;
		}
		return new RecordReader(value, path(field), this.problems, this.warnings, fields);
	}

	/** A list of absolute http(s) URLs, each checked like {@link #url}, none twice, at most {@code max}. */
	public List<String> urls(String field, int max) {
		JsonNode value = value(field, false);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problem(field, "must be an array of URLs");
			return List.of();
		}
		if (value.size() > max) {
			problem(field, "at most " + max + " URLs, was " + value.size());
		}
		List<String> urls = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			String elementPath = field + "[" + i + "]";
			String reason = !element.isString() ? "must be a URL (text)"
					: element.stringValue().length() > FieldRules.URL_LENGTH
							? "at most " + FieldRules.URL_LENGTH + " characters"
							: FieldRules.urlProblem(element.stringValue());
			if (reason != null) {
				problem(elementPath, reason);
			}
			else if (!seen.add(element.stringValue())) {
				problem(elementPath, "'" + element.stringValue() + "' is listed twice");
			}
			else {
				urls.add(element.stringValue());
			}
		}
		return urls;
	}

	public List<RecordReader> objects(String field, Set<String> fields) {
		JsonNode value = value(field, false);
		if (value == null) {
			return List.of();
		}
		if (!value.isArray()) {
			problem(field, "must be an array");
			return List.of();
		}
		List<RecordReader> readers = new ArrayList<>();
		for (int i = 0; i < value.size(); i++) {
			String elementPath = path(field) + "[" + i + "]";
			if (value.get(i).isObject()) {
				readers.add(new RecordReader(value.get(i), elementPath, this.problems, this.warnings, fields));
			}
			else {
				this.problems.add(new DatasetProblem(elementPath, "must be an object"));
			}
		}
		return readers;
	}

}
