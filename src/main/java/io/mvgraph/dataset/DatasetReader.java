package io.mvgraph.dataset;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.mvgraph.body.BodyKind;
import io.mvgraph.graph.FieldRules;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.workitem.WorkItemLinkKind;
import io.mvgraph.workitem.WorkItemStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a data-set file and checks everything that can be checked without the graph: JSON syntax, known fields,
 * types, required fields, enum values, id format, dates, duplicate ids. References are checked later, against
 * the file and the graph together ({@link DatasetImporter}).
 */
final class DatasetReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Set<String> ROOT = RecordReader.fields("formatVersion", "topics", "bodies", "workItems",
			"liaisons");

	private static final Set<String> TOPIC = RecordReader.fields("id", "name", "parent", "description", "url",
			"source", "confidence", "note");

	private static final Set<String> BODY = RecordReader.fields("id", "name", "acronym", "kind", "parent", "url",
			"mandate", "source", "confidence", "note");

	private static final Set<String> WORK_ITEM = RecordReader.fields("id", "designation", "title", "scope", "status",
			"owner", "topics", "links", "startDate", "publishedDate", "targetDate", "year", "url", "source",
			"confidence", "note");

	private static final Set<String> LINK = RecordReader.fields("to", "kind");

	private static final Set<String> LIAISON = RecordReader.fields("id", "title", "from", "to", "purpose", "sentOn",
			"deadline", "replyTo", "concerns", "url", "source", "confidence", "note");

	/** The data set (null when the file is not even a JSON object), its problems, and each record's JSON path. */
	record Result(Dataset dataset, List<DatasetProblem> problems, IdentityHashMap<DatasetRecord, String> paths) {
	}

	private DatasetReader() {
	}

	static Result read(InputStream input) {
		List<DatasetProblem> problems = new ArrayList<>();
		JsonNode root;
		try {
			root = JSON.readTree(input);
		}
		catch (JacksonException ex) {
			problems.add(new DatasetProblem("$", "not valid JSON: " + ex.getOriginalMessage()
					+ (ex.getLocation() != null ? " (line " + ex.getLocation().getLineNr() + ", column "
							+ ex.getLocation().getColumnNr() + ")" : "")));
			return new Result(null, problems, new IdentityHashMap<>());
		}
		if (root == null || !root.isObject()) {
			problems.add(new DatasetProblem("$", "must be a JSON object with the sections "
					+ String.join(", ", ROOT)));
			return new Result(null, problems, new IdentityHashMap<>());
		}
		RecordReader file = new RecordReader(root, "$", problems, ROOT);
		IdentityHashMap<DatasetRecord, String> paths = new IdentityHashMap<>();
		JsonNode version = root.get("formatVersion");
		if (version != null && !(version.isIntegralNumber() && version.intValue() == Dataset.FORMAT_VERSION)) {
			file.problem("formatVersion", "must be " + Dataset.FORMAT_VERSION + " (the only version there is), was "
					+ version);
		}
		Dataset dataset = new Dataset(Dataset.FORMAT_VERSION, section(file, "topics", TOPIC, DatasetReader::topic, paths),
				section(file, "bodies", BODY, DatasetReader::body, paths),
				section(file, "workItems", WORK_ITEM, DatasetReader::workItem, paths),
				section(file, "liaisons", LIAISON, DatasetReader::liaison, paths));
		return new Result(dataset, problems, paths);
	}

	/**
	 * The problems of one record by the rules of an import file, with paths under {@code path} (for a mutation's
	 * input: {@code input.title}). References are not checked here.
	 */
	static List<DatasetProblem> check(DatasetRecord record, String path) {
		List<DatasetProblem> problems = new ArrayList<>();
		JsonNode node = JSON.valueToTree(record);
		if (record instanceof TopicRecord) {
			topic(new RecordReader(node, path, problems, TOPIC));
		}
		else if (record instanceof BodyRecord) {
			body(new RecordReader(node, path, problems, BODY));
		}
		else if (record instanceof WorkItemRecord) {
			workItem(new RecordReader(node, path, problems, WORK_ITEM));
		}
		else if (record instanceof LiaisonRecord) {
			liaison(new RecordReader(node, path, problems, LIAISON));
		}
		else {
			throw new IllegalArgumentException("Not a record of the data-set format: " + record);
		}
		return problems;
	}

	private static <T extends DatasetRecord> List<T> section(RecordReader file, String name, Set<String> fields,
			Function<RecordReader, T> reader, IdentityHashMap<DatasetRecord, String> paths) {
		List<T> records = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (RecordReader record : file.objects(name, fields)) {
			T read = reader.apply(record);
			if (read.id() != null && !ids.add(read.id())) {
				record.problem("id", "'" + read.id() + "' is used by an earlier record of " + name);
			}
			records.add(read);
			paths.put(read, record.path());
		}
		return records;
	}

	private static TopicRecord topic(RecordReader r) {
		return new TopicRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH), r.reference("parent", false),
				r.text("description", false, FieldRules.TEXT_LENGTH), r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

	private static BodyRecord body(RecordReader r) {
		return new BodyRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH),
				r.text("acronym", false, FieldRules.NAME_LENGTH), r.enumValue("kind", BodyKind.class, true),
				r.reference("parent", false), r.url("url"), r.text("mandate", false, FieldRules.TEXT_LENGTH),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

	private static WorkItemRecord workItem(RecordReader r) {
		List<WorkItemRecord.Link> links = new ArrayList<>();
		Set<WorkItemRecord.Link> seen = new HashSet<>();
		for (RecordReader link : r.objects("links", LINK)) {
			WorkItemRecord.Link read = new WorkItemRecord.Link(link.reference("to", true),
					link.enumValue("kind", WorkItemLinkKind.class, true));
			if (read.to() != null && read.kind() != null && !seen.add(read)) {
				link.problem(null, "duplicate link: " + read.kind() + " to '" + read.to() + "' is listed twice");
			}
			links.add(read);
		}
		WorkItemRecord record = new WorkItemRecord(r.id(), r.text("designation", false, FieldRules.NAME_LENGTH),
				r.text("title", true, FieldRules.TITLE_LENGTH), r.text("scope", false, FieldRules.TEXT_LENGTH),
				r.enumValue("status", WorkItemStatus.class, true), r.reference("owner", true),
				r.references("topics", true, true), links, r.date("startDate"), r.date("publishedDate"),
				r.date("targetDate"), r.year("year"), r.url("url"), r.text("source", false, FieldRules.URL_LENGTH),
				r.confidence(), r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.startDate() != null && record.publishedDate() != null
				&& record.publishedDate().isBefore(record.startDate())) {
			r.problem("publishedDate", "must not be before startDate (" + record.startDate() + ")");
		}
		for (int i = 0; i < links.size(); i++) {
			if (record.id() != null && record.id().equals(links.get(i).to())) {
				r.problem("links[" + i + "].to", "a work item cannot link to itself");
			}
		}
		return record;
	}

	private static LiaisonRecord liaison(RecordReader r) {
		LiaisonRecord record = new LiaisonRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.reference("from", true), r.references("to", true, true),
				r.enumValue("purpose", LiaisonPurpose.class, true), r.date("sentOn"), r.date("deadline"),
				r.reference("replyTo", false), r.references("concerns", false, false), r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.id() != null && record.id().equals(record.replyTo())) {
			r.problem("replyTo", "a liaison cannot reply to itself");
		}
		return record;
	}

}
