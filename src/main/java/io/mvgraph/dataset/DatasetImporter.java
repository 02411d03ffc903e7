package io.mvgraph.dataset;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.mvgraph.api.DatasetProblem;
import io.mvgraph.api.DatasetRecord;
import io.mvgraph.body.BodyRecord;
import io.mvgraph.history.ChangeRecorder;
import io.mvgraph.history.EntityType;
import io.mvgraph.liaison.LiaisonRecord;
import io.mvgraph.meeting.ContributionRecord;
import io.mvgraph.meeting.MeetingRecord;
import io.mvgraph.people.PersonRecord;
import io.mvgraph.topic.TopicRecord;
import io.mvgraph.workitem.WorkItemRecord;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional half of an import: checks a well-formed data set against itself and the graph (references,
 * parent cycles), compares it with what the graph holds, and writes what differs, all in one transaction.
 */
@Component
class DatasetImporter {

	private final Neo4jClient client;

	private final DatasetSections stores;

	/** The author of the reference data loaded at first start. */
	static final String SEED_USER = "seed";

	private final ChangeRecorder changes;

	DatasetImporter(Neo4jClient client, DatasetSections stores, ChangeRecorder changes) {
		this.client = client;
		this.stores = stores;
		this.changes = changes;
	}

	@Transactional
	ImportReport apply(DatasetReader.Result read, String user, boolean dryRun, long startedNanos) {
		Dataset dataset = read.dataset();
		IdentityHashMap<DatasetRecord, String> paths = read.paths();
		// the problems of the file's shape and those of its references are reported together
		List<DatasetProblem> problems = new ArrayList<>(read.problems());
		Set<String> present = presentLabels();
		checkReferences(dataset, paths, problems, present);
		if (!problems.isEmpty()) {
			return ImportReport.rejected(problems, read.warnings(), dryRun, millisSince(startedNanos));
		}
		Map<String, ImportReport.Counts> sections = new LinkedHashMap<>();
		List<ChangeRecorder.Entry> changes = new ArrayList<>();
		List<TopicRecord> topics = changed("topics", EntityType.TOPIC, dataset.topics(),
				existing(present, "Topic", this.stores.topics()::read), sections, changes);
		List<BodyRecord> bodies = changed("bodies", EntityType.BODY, dataset.bodies(),
				existing(present, "Body", this.stores.bodies()::read), sections, changes);
		List<WorkItemRecord> workItems = changed("workItems", EntityType.WORK_ITEM, dataset.workItems(),
				existing(present, "WorkItem", this.stores.workItems()::read), sections, changes);
		List<LiaisonRecord> liaisons = changed("liaisons", EntityType.LIAISON, dataset.liaisons(),
				existing(present, "Liaison", this.stores.liaisons()::read), sections, changes);
		List<PersonRecord> people = changed("people", EntityType.PERSON, dataset.people(),
				existing(present, "Person", this.stores.people()::read), sections, changes);
		List<MeetingRecord> meetings = changed("meetings", EntityType.MEETING, dataset.meetings(),
				existing(present, "Meeting", this.stores.meetings()::read), sections, changes);
		List<ContributionRecord> contributions = changed("contributions", EntityType.CONTRIBUTION,
				dataset.contributions(), existing(present, "Contribution", this.stores.contributions()::read), sections,
				changes);
		if (!dryRun) {
			ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
			this.stores.topics().write(topics, now, user);
			this.stores.bodies().write(bodies, now, user);
			this.stores.workItems().write(workItems, now, user);
			this.stores.liaisons().write(liaisons, now, user);
			this.stores.people().write(people, now, user);
			this.stores.meetings().write(meetings, now, user);
			this.stores.contributions().write(contributions, now, user);
			this.changes.record(changes, user, user.equals(SEED_USER) ? "seed" : "import");
		}
		return new ImportReport(dryRun ? ImportReport.Outcome.VALID : ImportReport.Outcome.IMPORTED, dryRun, sections,
				List.of(), read.warnings(), millisSince(startedNanos));
	}

	/**
	 * The labels of the data set's kinds that the graph has nodes of: one statement (the count store), so that an
	 * import into an empty graph (the first start's seed) skips the reads that cannot find anything. Each skipped
	 * statement is one the cold Cypher planner would otherwise compile at start-up (0.1-0.9 s each, measured).
	 */
	private Set<String> presentLabels() {
		Map<String, Object> counts = this.client.query("""
				RETURN COUNT { (:Topic) } AS Topic, COUNT { (:Body) } AS Body, COUNT { (:WorkItem) } AS WorkItem,
				       COUNT { (:Liaison) } AS Liaison, COUNT { (:Person) } AS Person, COUNT { (:Meeting) } AS Meeting,
				       COUNT { (:Contribution) } AS Contribution
				""").fetch().one().orElse(Map.of());
		Set<String> present = new HashSet<>();
		counts.forEach((label, count) -> {
			if (((Number) count).longValue() > 0) {
				present.add(label);
			}
		});
		return present;
	}

	/** The reader of a section's records in the graph, or none at all when the graph has no node of its label. */
	private static <T> Function<Collection<String>, List<T>> existing(Set<String> present, String label,
			Function<Collection<String>, List<T>> read) {
		return present.contains(label) ? read : (ids) -> List.of();
	}

	/** The records that differ from the graph's, counting created, updated and unchanged ones. */
	private <T extends DatasetRecord> List<T> changed(String section, EntityType type, List<T> records,
			Function<Collection<String>, List<T>> existing, Map<String, ImportReport.Counts> sections,
			List<ChangeRecorder.Entry> changes) {
		if (records.isEmpty()) {
			return records;
		}
		Map<String, T> current = existing.apply(records.stream().map(DatasetRecord::id).toList())
			.stream()
			.collect(Collectors.toMap(DatasetRecord::id, Function.identity()));
		List<T> changed = new ArrayList<>();
		int created = 0;
		int updated = 0;
		for (T record : records) {
			T before = current.get(record.id());
			if (before == null) {
				created++;
				changed.add(record);
				changes.add(new ChangeRecorder.Entry(type, record.id(), null, record));
			}
			else if (!before.equals(record)) {
				updated++;
				changed.add(record);
				changes.add(new ChangeRecorder.Entry(type, record.id(), before, record));
			}
		}
		sections.put(section, new ImportReport.Counts(created, updated, records.size() - created - updated));
		return changed;
	}

	private void checkReferences(Dataset dataset, IdentityHashMap<DatasetRecord, String> paths,
			List<DatasetProblem> problems, Set<String> present) {
		Set<String> topicIds = new HashSet<>();
		Set<String> bodyIds = new HashSet<>();
		Set<String> workItemIds = new HashSet<>();
		Set<String> liaisonIds = new HashSet<>();
		Set<String> meetingIds = new HashSet<>();
		Set<String> personIds = new HashSet<>();
		dataset.topics().forEach((topic) -> add(topicIds, topic.parent()));
		dataset.bodies().forEach((body) -> {
			add(bodyIds, body.parent());
			add(bodyIds, body.succeededBy());
		});
		dataset.workItems().forEach((item) -> {
			add(bodyIds, item.owner());
			item.topics().forEach((id) -> add(topicIds, id));
			item.links().forEach((link) -> add(workItemIds, link.to()));
		});
		dataset.liaisons().forEach((liaison) -> {
			add(bodyIds, liaison.from());
			liaison.to().forEach((id) -> add(bodyIds, id));
			add(liaisonIds, liaison.replyTo());
			liaison.concerns().forEach((id) -> add(workItemIds, id));
			liaison.cc().forEach((id) -> add(bodyIds, id));
			liaison.topics().forEach((id) -> add(topicIds, id));
			liaison.identifiers().forEach((identifier) -> add(bodyIds, identifier.body()));
			if (liaison.actionHolder() != null) {
				add(bodyIds, liaison.actionHolder().body());
				add(personIds, liaison.actionHolder().person());
			}
		});
		dataset.people().forEach((person) -> person.roles().forEach((role) -> add(bodyIds, role.body())));
		dataset.meetings().forEach((meeting) -> {
			add(bodyIds, meeting.body());
			meeting.bodyIds().forEach((id) -> add(bodyIds, id));
			meeting.personIds().forEach((id) -> add(personIds, id));
			meeting.liaisonIds().forEach((id) -> add(liaisonIds, id));
		});
		dataset.contributions().forEach((contribution) -> {
			add(meetingIds, contribution.meeting());
			add(bodyIds, contribution.from());
		});
		Known topics = known("Topic", dataset.topics(), topicIds, present);
		Known bodies = known("Body", dataset.bodies(), bodyIds, present);
		Known workItems = known("WorkItem", dataset.workItems(), workItemIds, present);
		Known liaisons = known("Liaison", dataset.liaisons(), liaisonIds, present);
		Known meetings = known("Meeting", dataset.meetings(), meetingIds, present);
		Known people = known("Person", dataset.people(), personIds, present);

		for (TopicRecord topic : dataset.topics()) {
			topics.check(problems, paths.get(topic) + ".parent", "topic", topic.parent());
		}
		for (BodyRecord body : dataset.bodies()) {
			bodies.check(problems, paths.get(body) + ".parent", "body", body.parent());
			bodies.check(problems, paths.get(body) + ".succeededBy", "body", body.succeededBy());
		}
		for (WorkItemRecord item : dataset.workItems()) {
			String path = paths.get(item);
			bodies.check(problems, path + ".owner", "body", item.owner());
			for (int i = 0; i < item.topics().size(); i++) {
				topics.check(problems, path + ".topics[" + i + "]", "topic", item.topics().get(i));
			}
			for (int i = 0; i < item.links().size(); i++) {
				workItems.check(problems, path + ".links[" + i + "].to", "work item", item.links().get(i).to());
			}
		}
		for (LiaisonRecord liaison : dataset.liaisons()) {
			String path = paths.get(liaison);
			bodies.check(problems, path + ".from", "body", liaison.from());
			for (int i = 0; i < liaison.to().size(); i++) {
				bodies.check(problems, path + ".to[" + i + "]", "body", liaison.to().get(i));
			}
			liaisons.check(problems, path + ".replyTo", "liaison", liaison.replyTo());
			for (int i = 0; i < liaison.concerns().size(); i++) {
				workItems.check(problems, path + ".concerns[" + i + "]", "work item", liaison.concerns().get(i));
			}
			for (int i = 0; i < liaison.cc().size(); i++) {
				bodies.check(problems, path + ".cc[" + i + "]", "body", liaison.cc().get(i));
			}
			for (int i = 0; i < liaison.topics().size(); i++) {
				topics.check(problems, path + ".topics[" + i + "]", "topic", liaison.topics().get(i));
			}
			for (int i = 0; i < liaison.identifiers().size(); i++) {
				bodies.check(problems, path + ".identifiers[" + i + "].body", "body", liaison.identifiers().get(i).body());
			}
			if (liaison.actionHolder() != null) {
				bodies.check(problems, path + ".actionHolder.body", "body", liaison.actionHolder().body());
				people.check(problems, path + ".actionHolder.person", "person", liaison.actionHolder().person());
			}
		}
		for (PersonRecord person : dataset.people()) {
			for (int i = 0; i < person.roles().size(); i++) {
				bodies.check(problems, paths.get(person) + ".roles[" + i + "].body", "body", person.roles().get(i).body());
			}
		}
		for (MeetingRecord meeting : dataset.meetings()) {
			String path = paths.get(meeting);
			bodies.check(problems, path + ".body", "body", meeting.body());
			for (int i = 0; i < meeting.participants().size(); i++) {
				people.check(problems, path + ".participants[" + i + "].person", "person", meeting.participants().get(i).person());
				bodies.check(problems, path + ".participants[" + i + "].body", "body", meeting.participants().get(i).body());
			}
			for (int i = 0; i < meeting.participantCounts().size(); i++) {
				bodies.check(problems, path + ".participantCounts[" + i + "].body", "body",
						meeting.participantCounts().get(i).body());
			}
			for (int i = 0; i < meeting.outputs().size(); i++) {
				liaisons.check(problems, path + ".outputs[" + i + "].liaison", "liaison", meeting.outputs().get(i).liaison());
			}
			for (int i = 0; i < meeting.agenda().size(); i++) {
				for (int j = 0; j < meeting.agenda().get(i).liaisons().size(); j++) {
					liaisons.check(problems, path + ".agenda[" + i + "].liaisons[" + j + "].liaison", "liaison",
							meeting.agenda().get(i).liaisons().get(j).liaison());
				}
			}
			for (int i = 0; i < meeting.actionItems().size(); i++) {
				people.check(problems, path + ".actionItems[" + i + "].person", "person", meeting.actionItems().get(i).person());
			}
			for (int i = 0; i < meeting.appointments().size(); i++) {
				people.check(problems, path + ".appointments[" + i + "].person", "person",
						meeting.appointments().get(i).person());
				bodies.check(problems, path + ".appointments[" + i + "].body", "body", meeting.appointments().get(i).body());
			}
		}
		for (ContributionRecord contribution : dataset.contributions()) {
			String path = paths.get(contribution);
			meetings.check(problems, path + ".meeting", "meeting", contribution.meeting());
			bodies.check(problems, path + ".from", "body", contribution.from());
		}
		checkContributions(dataset, paths, problems, present);
		checkSymmetricLinks(dataset, paths, problems, present);
		checkCycles("topic", "SUBTOPIC_OF", "Topic", "parent", dataset.topics(), TopicRecord::parent, paths, problems,
				present);
		checkCycles("body", "PART_OF", "Body", "parent", dataset.bodies(), BodyRecord::parent, paths, problems, present);
		checkCycles("body", "SUCCEEDED_BY", "Body", "succeededBy", dataset.bodies(), BodyRecord::succeededBy, paths,
				problems, present);
		checkCycles("liaison", "REPLY_TO", "Liaison", "replyTo", dataset.liaisons(), LiaisonRecord::replyTo, paths,
				problems, present);
	}

	/**
	 * Contributions and agendas must agree, in the file and in the graph together: a contribution names an item of
	 * its meeting's agenda and a number no other contribution to that meeting has; a meeting's new agenda keeps
	 * the items that the graph's contributions name.
	 */
	private void checkContributions(Dataset dataset, IdentityHashMap<DatasetRecord, String> paths,
			List<DatasetProblem> problems, Set<String> present) {
		if (dataset.meetings().isEmpty() && dataset.contributions().isEmpty()) {
			return;
		}
		Set<String> meetingIds = new HashSet<>();
		dataset.meetings().forEach((meeting) -> meetingIds.add(meeting.id()));
		dataset.contributions().forEach((contribution) -> add(meetingIds, contribution.meeting()));
		// the meetings and contributions as they will be: the graph's, overridden by the file's
		Map<String, MeetingRecord> meetings = new HashMap<>();
		existing(present, "Meeting", this.stores.meetings()::read).apply(meetingIds)
			.forEach((meeting) -> meetings.put(meeting.id(), meeting));
		dataset.meetings().forEach((meeting) -> meetings.put(meeting.id(), meeting));
		Set<String> inFile = dataset.contributions().stream().map(DatasetRecord::id).collect(Collectors.toSet());
		List<ContributionRecord> graphOnly = existing(present, "Contribution", this.stores.contributions()::contributionsOf)
			.apply(meetingIds)
			.stream()
			.filter((contribution) -> !inFile.contains(contribution.id()))
			.toList();
		Map<String, String> numbers = new HashMap<>();
		graphOnly.forEach((contribution) -> numbers.put(numberKey(contribution), contribution.id()));
		for (ContributionRecord contribution : dataset.contributions()) {
			MeetingRecord meeting = meetings.get(contribution.meeting());
			if (meeting == null || contribution.number() == null) {
				continue;
			}
			String path = paths.get(contribution);
			String other = numbers.putIfAbsent(numberKey(contribution), contribution.id());
			if (other != null) {
				problems.add(new DatasetProblem(path + ".number", "'" + contribution.number()
						+ "' is already the number of contribution '" + other + "' to meeting '" + meeting.id() + "'"));
			}
			if (!meeting.fitsAgenda(contribution.agendaItem())) {
				problems.add(new DatasetProblem(path + ".agendaItem",
						"meeting '" + meeting.id() + "' has no agenda item '" + contribution.agendaItem() + "'"));
			}
		}
		for (MeetingRecord meeting : dataset.meetings()) {
			graphOnly.stream()
				.filter((contribution) -> contribution.meeting().equals(meeting.id())
						&& !meeting.fitsAgenda(contribution.agendaItem()))
				.forEach((contribution) -> problems.add(new DatasetProblem(paths.get(meeting) + ".agenda",
						"drops agenda item '" + contribution.agendaItem() + "', which contribution '"
								+ contribution.id() + "' is for")));
		}
	}

	private static String numberKey(ContributionRecord contribution) {
		return contribution.meeting() + "\u001f" + contribution.number();
	}

	/** Ids the file defines, plus the referenced ids the graph already has. */
	private Known known(String label, List<? extends DatasetRecord> records, Set<String> referenced,
			Set<String> present) {
		Set<String> ids = records.stream().map(DatasetRecord::id).collect(Collectors.toCollection(HashSet::new));
		referenced.removeAll(ids);
		if (!referenced.isEmpty() && present.contains(label)) {
			ids.addAll(this.client.query("UNWIND $ids AS id MATCH (n:" + label + " {id: id}) RETURN n.id")
				.bind(List.copyOf(referenced))
				.to("ids")
				.fetchAs(String.class)
				.all());
		}
		return new Known(ids);
	}

	private record Known(Set<String> ids) {

		void check(List<DatasetProblem> problems, String path, String what, String id) {
			if (id != null && !this.ids.contains(id)) {
				problems.add(new DatasetProblem(path, "unknown " + what + " '" + id + "' (neither in the file nor in the graph)"));
			}
		}

	}

	/**
	 * A symmetric link ({@code EQUIVALENT_TO}, {@code RELATED_TO}) is one link, recorded from either end: the same
	 * link recorded by both ends in the file, or by this end in the file and by the other in the graph (where the file
	 * leaves the other's links as they are), is a duplicate.
	 */
	private void checkSymmetricLinks(Dataset dataset, IdentityHashMap<DatasetRecord, String> paths,
			List<DatasetProblem> problems, Set<String> present) {
		Map<String, String> recordedBy = new HashMap<>();
		Set<String> inFile = dataset.workItems().stream().map(DatasetRecord::id).collect(Collectors.toSet());
		List<Map<String, Object>> againstGraph = new ArrayList<>();
		for (WorkItemRecord item : dataset.workItems()) {
			for (int i = 0; i < item.links().size(); i++) {
				WorkItemRecord.Link link = item.links().get(i);
				if (link.kind() == null || link.to() == null || item.id() == null || !link.kind().symmetric()) {
					continue;
				}
				String path = paths.get(item) + ".links[" + i + "]";
				String key = link.kind() + "|" + (item.id().compareTo(link.to()) < 0 ? item.id() + "|" + link.to()
						: link.to() + "|" + item.id());
				String earlier = recordedBy.putIfAbsent(key, item.id());
				if (earlier != null && !earlier.equals(item.id())) {
					problems.add(new DatasetProblem(path, "duplicate link: " + link.kind() + " between '" + item.id()
							+ "' and '" + link.to() + "' is also recorded by '" + earlier
							+ "' (a symmetric link is one link: record it at one end)"));
				}
				else if (!inFile.contains(link.to())) {
					againstGraph.add(Map.of("from", item.id(), "to", link.to(), "kind", link.kind().name(), "path", path));
				}
			}
		}
		if (againstGraph.isEmpty() || !present.contains("WorkItem")) {
			return;
		}
		this.client.query("""
				UNWIND $links AS link
				MATCH (:WorkItem {id: link.to})-[l]->(:WorkItem {id: link.from}) WHERE type(l) = link.kind
				RETURN link.path AS path, link.from AS from, link.to AS to, link.kind AS kind
				""")
			.bind(againstGraph)
			.to("links")
			.fetch()
			.all()
			.forEach((row) -> problems.add(new DatasetProblem((String) row.get("path"), "duplicate link: " + row.get("kind")
					+ " between '" + row.get("from") + "' and '" + row.get("to") + "' is already recorded by '"
					+ row.get("to") + "' (a symmetric link is one link: record it at one end)")));
	}

	/**
	 * A parent chain must end: follows each record's parent through the file, and through the graph for the
	 * records the file does not define, and reports a record that comes back to itself.
	 */
	private <T extends DatasetRecord> void checkCycles(String what, String type, String label, String field, List<T> records,
			Function<T, String> parentOf, IdentityHashMap<DatasetRecord, String> paths, List<DatasetProblem> problems,
			Set<String> present) {
		if (records.isEmpty()) {
			return;
		}
		Map<String, String> parents = new HashMap<>();
		// no node of the label in the graph: no relationship between two of them either
		if (present.contains(label)) {
			this.client.query("MATCH (n:" + label + ")-[:" + type + "]->(p:" + label + ") RETURN n.id AS id, p.id AS parent")
				.fetch()
				.all()
				.forEach((row) -> parents.put((String) row.get("id"), (String) row.get("parent")));
		}
		for (T record : records) {
			parents.remove(record.id());
			if (parentOf.apply(record) != null) {
				parents.put(record.id(), parentOf.apply(record));
			}
		}
		for (T record : records) {
			Set<String> seen = new HashSet<>();
			String current = record.id();
			while (current != null && seen.add(current)) {
				current = parents.get(current);
			}
			if (current != null && current.equals(record.id())) {
				problems.add(new DatasetProblem(paths.get(record) + "." + field,
						"makes a cycle: " + what + " '" + record.id() + "' would be its own " + (field.equals("succeededBy") ? "successor" : "ancestor")));
			}
		}
	}

	private static void add(Set<String> ids, String id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private static long millisSince(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1_000_000;
	}

}
