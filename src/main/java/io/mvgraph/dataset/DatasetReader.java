package io.mvgraph.dataset;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.mvgraph.body.BodyKind;
import io.mvgraph.graph.FieldRules;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.liaison.LiaisonState;
import io.mvgraph.meeting.MeetingMode;
import io.mvgraph.people.RoleKind;
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
			"liaisons", "people", "meetings", "contributions");

	private static final Set<String> TOPIC = RecordReader.fields("id", "name", "parent", "description", "url",
			"source", "confidence", "note");

	private static final Set<String> BODY = RecordReader.fields("id", "name", "acronym", "kind", "parent", "url",
			"mandate", "source", "confidence", "note");

	private static final Set<String> WORK_ITEM = RecordReader.fields("id", "designation", "title", "scope", "status",
			"owner", "topics", "links", "startDate", "publishedDate", "targetDate", "year", "url", "source",
			"confidence", "note");

	private static final Set<String> LINK = RecordReader.fields("to", "kind");

	private static final Set<String> LIAISON = RecordReader.fields("id", "title", "from", "to", "cc", "purpose",
			"state", "stateHistory", "sentOn", "deadline", "replyTo", "concerns", "topics", "identifiers", "url",
			"source", "confidence", "note");

	private static final Set<String> STATE_CHANGE = RecordReader.fields("state", "on", "by", "note");

	private static final Set<String> IDENTIFIER = RecordReader.fields("body", "value", "url");

	private static final Set<String> PERSON = RecordReader.fields("id", "name", "affiliation", "country", "email",
			"roles", "url", "source", "confidence", "note");

	private static final Set<String> ROLE = RecordReader.fields("body", "kind", "since", "until", "note");

	private static final Set<String> MEETING = RecordReader.fields("id", "title", "body", "start", "end", "location",
			"mode", "collocatedWith", "agenda", "deadlines", "url", "source", "confidence", "note");

	private static final Set<String> AGENDA_ITEM = RecordReader.fields("number", "title");

	private static final Set<String> DEADLINE = RecordReader.fields("kind", "due");

	private static final Set<String> CONTRIBUTION = RecordReader.fields("id", "meeting", "number", "title", "from",
			"submittedOn", "agendaItem", "url", "source", "confidence", "note");

	/** Agenda item numbers and contribution numbers: short labels ("7.2", "C-012"). */
	static final int NUMBER_LENGTH = 40;

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
		if (version != null && !(version.isIntegralNumber() && version.intValue() == Dataset.FORMAT_VERSION)) {
			file.problem("formatVersion", "must be " + Dataset.FORMAT_VERSION + " (the only version there is), was "
					+ version);
		}
		Dataset dataset = new Dataset(Dataset.FORMAT_VERSION, section(file, "topics", TOPIC, DatasetReader::topic, paths),
				section(file, "bodies", BODY, DatasetReader::body, paths),
				section(file, "workItems", WORK_ITEM, DatasetReader::workItem, paths),
				section(file, "liaisons", LIAISON, DatasetReader::liaison, paths),
				section(file, "people", PERSON, DatasetReader::person, paths),
				section(file, "meetings", MEETING, DatasetReader::meeting, paths),
				section(file, "contributions", CONTRIBUTION, DatasetReader::contribution, paths));
		return new Result(dataset, problems, warnings, paths);
	}

	/** The fields and the reader of each kind of record, for checking one record on its own. */
	private record Rules(Set<String> fields, Function<RecordReader, ? extends DatasetRecord> reader) {
	}

	private static final Map<Class<?>, Rules> RULES = Map.of(TopicRecord.class, new Rules(TOPIC, DatasetReader::topic),
			BodyRecord.class, new Rules(BODY, DatasetReader::body), WorkItemRecord.class,
			new Rules(WORK_ITEM, DatasetReader::workItem), LiaisonRecord.class,
			new Rules(LIAISON, DatasetReader::liaison), PersonRecord.class, new Rules(PERSON, DatasetReader::person),
			MeetingRecord.class, new Rules(MEETING, DatasetReader::meeting), ContributionRecord.class,
			new Rules(CONTRIBUTION, DatasetReader::contribution));

	/**
	 * Checks one record built by a mutation with the very rules of the import, as if it were the JSON object at
	 * {@code path} (e.g. "input"): the problems name the fields as the mutation's input does. With {@code strict},
	 * warnings count as problems: a mutation is held to the stricter rule; without, they are left out.
	 */
	static List<DatasetProblem> check(DatasetRecord record, String path, boolean strict) {
		JsonNode node = JSON.valueToTree(record);
		List<DatasetProblem> problems = new ArrayList<>();
		List<DatasetProblem> warnings = new ArrayList<>();
		Rules rules = RULES.get(record.getClass());
		if (rules == null) {
			throw new IllegalArgumentException("Not a record of the data-set format: " + record.getClass());
		}
		rules.reader().apply(new RecordReader(node, path, problems, warnings, rules.fields()));
		if (strict) {
			problems.addAll(warnings);
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
		List<LiaisonRecord.StateChange> history = new ArrayList<>();
		for (RecordReader change : r.objects("stateHistory", STATE_CHANGE)) {
			history.add(new LiaisonRecord.StateChange(change.enumValue("state", LiaisonState.class, true),
					change.date("on"), change.text("by", false, FieldRules.NAME_LENGTH),
					change.text("note", false, FieldRules.TEXT_LENGTH)));
		}
		List<LiaisonRecord.Identifier> identifiers = new ArrayList<>();
		Set<LiaisonRecord.Identifier> seenIdentifiers = new HashSet<>();
		for (RecordReader identifier : r.objects("identifiers", IDENTIFIER)) {
			LiaisonRecord.Identifier read = new LiaisonRecord.Identifier(identifier.reference("body", true),
					identifier.text("value", true, FieldRules.NAME_LENGTH), identifier.url("url"));
			if (read.body() != null && read.value() != null
					&& !seenIdentifiers.add(new LiaisonRecord.Identifier(read.body(), read.value(), null))) {
				identifier.problem("value", "'" + read.value() + "' of '" + read.body() + "' is listed twice");
			}
			identifiers.add(read);
		}
		LiaisonRecord record = new LiaisonRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.reference("from", true), r.references("to", true, true), r.references("cc", false, false),
				r.enumValue("purpose", LiaisonPurpose.class, true), r.enumValue("state", LiaisonState.class, false),
				history, r.date("sentOn"), r.date("deadline"), r.reference("replyTo", false),
				r.references("concerns", false, false), r.references("topics", false, false), identifiers,
				r.url("url"), r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.id() != null && record.id().equals(record.replyTo())) {
			r.problem("replyTo", "a liaison cannot reply to itself");
		}
		if (record.cc() != null && record.to() != null) {
			for (int i = 0; i < record.cc().size(); i++) {
				if (record.to().contains(record.cc().get(i))) {
					r.problem("cc[" + i + "]", "'" + record.cc().get(i) + "' is already an addressee (to)");
				}
			}
		}
		if (record.sentOn() != null && record.deadline() != null && record.deadline().isBefore(record.sentOn())) {
			r.problem("deadline", "must not be before sentOn (" + record.sentOn() + ")");
		}
		if (record.purpose() != null && !r.has("deadline")) {
			String reason = FieldRules.deadlineProblem(record.purpose().name(), record.deadline());
			if (reason != null) {
				r.warning("deadline", reason);
			}
		}
		if (!history.isEmpty()) {
			LiaisonState last = history.get(history.size() - 1).state();
			if (record.state() == null && !r.has("state")) {
				r.problem("state", "required when stateHistory is given (the state its last entry entered)");
			}
			else if (record.state() != null && last != null && record.state() != last) {
				r.problem("state", "must be the state of the last stateHistory entry (" + last + "), was " + record.state());
			}
			for (int i = 1; i < history.size(); i++) {
				java.time.LocalDate before = history.get(i - 1).on();
				java.time.LocalDate on = history.get(i).on();
				if (before != null && on != null && on.isBefore(before)) {
					r.problem("stateHistory[" + i + "].on", "must not be before the entry above it (" + before + ")");
				}
			}
		}
		return record;
	}

	private static PersonRecord person(RecordReader r) {
		List<PersonRecord.Role> roles = new ArrayList<>();
		for (RecordReader role : r.objects("roles", ROLE)) {
			PersonRecord.Role read = new PersonRecord.Role(role.reference("body", true),
					role.enumValue("kind", RoleKind.class, true), role.date("since"), role.date("until"),
					role.text("note", false, FieldRules.TEXT_LENGTH));
			if (read.since() != null && read.until() != null && read.until().isBefore(read.since())) {
				role.problem("until", "must not be before since (" + read.since() + ")");
			}
			if (read.body() != null && read.kind() != null && roles.stream()
				.anyMatch((other) -> other.body() != null && other.kind() != null && other.sameAs(read))) {
				role.problem(null, "duplicate role: " + read.kind() + " in '" + read.body() + "' since "
						+ (read.since() != null ? read.since() : "(no date)") + " is listed twice");
			}
			roles.add(read);
		}
		return new PersonRecord(r.id(), r.text("name", true, FieldRules.NAME_LENGTH),
				r.text("affiliation", false, FieldRules.NAME_LENGTH),
				r.checked("country", false, 2, FieldRules::countryProblem),
				r.checked("email", false, FieldRules.EMAIL_LENGTH, FieldRules::emailProblem), roles, r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

	private static MeetingRecord meeting(RecordReader r) {
		List<MeetingRecord.AgendaItem> agenda = new ArrayList<>();
		Set<String> numbers = new HashSet<>();
		for (RecordReader item : r.objects("agenda", AGENDA_ITEM)) {
			MeetingRecord.AgendaItem read = new MeetingRecord.AgendaItem(
					item.text("number", true, NUMBER_LENGTH), item.text("title", true, FieldRules.TITLE_LENGTH));
			if (read.number() != null && !numbers.add(read.number())) {
				item.problem("number", "'" + read.number() + "' is used by an earlier agenda item");
			}
			agenda.add(read);
		}
		List<MeetingRecord.Deadline> deadlines = new ArrayList<>();
		Set<String> kinds = new HashSet<>();
		for (RecordReader deadline : r.objects("deadlines", DEADLINE)) {
			MeetingRecord.Deadline read = new MeetingRecord.Deadline(
					deadline.checked("kind", true, FieldRules.CODE_LENGTH, FieldRules::codeProblem),
					deadline.date("due", true));
			if (read.kind() != null && !kinds.add(read.kind())) {
				deadline.problem("kind", "'" + read.kind() + "' is listed twice");
			}
			deadlines.add(read);
		}
		MeetingRecord record = new MeetingRecord(r.id(), r.text("title", true, FieldRules.TITLE_LENGTH),
				r.reference("body", true), r.dateTime("start", true), r.dateTime("end", true),
				r.text("location", false, FieldRules.NAME_LENGTH), r.enumValue("mode", MeetingMode.class, true),
				r.text("collocatedWith", false, FieldRules.TITLE_LENGTH), agenda, deadlines, r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
		if (record.start() != null && record.end() != null && !record.end().isAfter(record.start())) {
			r.problem("end", "must be after start (" + record.start() + ")");
		}
		return record;
	}

	private static ContributionRecord contribution(RecordReader r) {
		return new ContributionRecord(r.id(), r.reference("meeting", true), r.text("number", true, NUMBER_LENGTH),
				r.text("title", true, FieldRules.TITLE_LENGTH), r.reference("from", false),
				r.date("submittedOn", true), r.text("agendaItem", false, NUMBER_LENGTH), r.url("url"),
				r.text("source", false, FieldRules.URL_LENGTH), r.confidence(),
				r.text("note", false, FieldRules.TEXT_LENGTH));
	}

}
