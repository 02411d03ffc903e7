package io.mvgraph.dataset;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import io.mvgraph.api.DatasetProblem;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.api.RecordReader;
import io.mvgraph.body.BodyRecord;
import io.mvgraph.liaison.LiaisonRecord;
import io.mvgraph.meeting.ContributionRecord;
import io.mvgraph.meeting.MeetingRecord;
import io.mvgraph.people.PersonRecord;
import io.mvgraph.topic.TopicRecord;
import io.mvgraph.workitem.WorkItemRecord;
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
			"liaisons", "people", "meetings", "contributions");

	/**
	 * The data set (null when the file is not even a JSON object), its problems, its warnings (accepted, but
	 * reported), and each record's JSON path.
	 */
	record Result(Dataset dataset, List<DatasetProblem> problems, List<DatasetProblem> warnings,
			IdentityHashMap<DatasetRecord, String> paths) {
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
			return new Result(null, problems, List.of(), new IdentityHashMap<>());
		}
		if (root == null || !root.isObject()) {
			problems.add(new DatasetProblem("$", "must be a JSON object with the sections "
					+ String.join(", ", ROOT)));
			return new Result(null, problems, List.of(), new IdentityHashMap<>());
		}
		List<DatasetProblem> warnings = new ArrayList<>();
		RecordReader file = new RecordReader(root, "$", problems, warnings, ROOT);
		IdentityHashMap<DatasetRecord, String> paths = new IdentityHashMap<>();
		JsonNode version = root.get("formatVersion");
		if (version != null && !(version.isIntegralNumber() && version.intValue() >= 1
				&& version.intValue() <= Dataset.FORMAT_VERSION)) {
			file.problem("formatVersion", "must be 1 or " + Dataset.FORMAT_VERSION + ", was " + version);
		}
		else if (root instanceof tools.jackson.databind.node.ObjectNode object) {
			// a file without a version is of the current one
			FormatUpgrade.upgrade(object, version != null ? version.intValue() : Dataset.FORMAT_VERSION);
		}
		Dataset dataset = new Dataset(Dataset.FORMAT_VERSION, section(file, "topics", TopicRecord.FORMAT, paths),
				section(file, "bodies", BodyRecord.FORMAT, paths),
				section(file, "workItems", WorkItemRecord.FORMAT, paths),
				section(file, "liaisons", LiaisonRecord.FORMAT, paths),
				section(file, "people", PersonRecord.FORMAT, paths),
				section(file, "meetings", MeetingRecord.FORMAT, paths),
				section(file, "contributions", ContributionRecord.FORMAT, paths));
		return new Result(dataset, problems, warnings, paths);
	}

	private static <T extends DatasetRecord> List<T> section(RecordReader file, String name, RecordFormat<T> format,
			IdentityHashMap<DatasetRecord, String> paths) {
		List<T> records = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (RecordReader record : file.objects(name, format.fields())) {
			T read = format.read(record);
			if (read.id() != null && !ids.add(read.id())) {
				record.problem("id", "'" + read.id() + "' is used by an earlier record of " + name);
			}
			records.add(read);
			paths.put(read, record.path());
		}
		return records;
	}

}
