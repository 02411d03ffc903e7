package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.mvgraph.analysis.TsagReportRepository.DeletedRow;
import io.mvgraph.analysis.TsagReportRepository.ItemChange;
import io.mvgraph.analysis.TsagReportRepository.ItemRow;
import io.mvgraph.analysis.TsagReportRepository.OwnerRow;
import io.mvgraph.api.PartialDate;
import io.mvgraph.snapshot.SnapshotService;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemRecord;
import io.mvgraph.workitem.WorkItemStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The roadmap as it stood on a day, in one place for the report to TSAG and the analysis asked as of a date
 * ({@code overlaps(asOf:)}, {@code findings(asOf:)}, {@code topicGaps(asOf:)}). The day ends at the next day's first
 * instant (UTC). The rules, in order of precedence:
 * <ol>
 * <li><b>The records' own dates</b>, read last and over everything else: a work item whose start is after the day did
 * not exist; one published after it was still being developed (its status of that day UNDER_DEVELOPMENT, its
 * publication date unknown yet); an item known only by a year after the day did not exist; an edition dated after the
 * day is left out of the designation. Where the rules below say a record was there, dates only take away: they never
 * bring back a record the snapshot and the history say was not.</li>
 * <li><b>The latest snapshot taken before the day ended</b> (one is taken when a meeting ends, and on request), where
 * there is one: the work items of the day are the snapshot's, with its values (deleted since: back; changed since,
 * through the service or straight in Neo4j: as kept), with the changes recorded through the service between the
 * snapshot and the day's end applied forward (created, updated, deleted: each change keeps its values after). A work
 * item neither in the snapshot nor created through the service by the day's end was not in the roadmap of the day,
 * whatever its dates: it was added later. (A record the service changed in that window without having created it
 * there, nor being in the snapshot, is read by the next rule.)</li>
 * <li><b>Otherwise the history of changes made through the service</b>, backwards from today: changes after the day
 * are undone (each keeps the values before it: status, dates, title, designation); a work item deleted through the
 * service after the day comes back with the values its deletion kept; one whose dates do not tell, created after the
 * day, did not exist. Records changed outside the service are read as they are now.</li>
 * </ol>
 * So the same request later gives the same report: once a snapshot covers the day, nothing done after the day
 * (deleting, changing or adding records, through the service or straight in Neo4j) changes its roadmap; without one,
 * deletions and changes through the service do not either. What neither tells (without a snapshot: topics, scope,
 * owner, links) is today's. Reading it costs a bounded number of statements, whatever the size of the roadmap: the work
 * items with their histories, the ones deleted since, the snapshot (which one, and its content unless it was the one
 * read last) and the owners of the day that are not today's.
 */
@Component
class RoadmapAsOf {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TsagReportRepository repository;

	private final SnapshotService snapshots;

	RoadmapAsOf(TsagReportRepository repository, SnapshotService snapshots) {
		this.repository = repository;
		this.snapshots = snapshots;
	}

	/** The first instant after the day (UTC): changes at or after it are undone. */
	static ZonedDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZoneOffset.UTC);
	}

	/**
	 * The work items as they stood on {@code day} (those not in the roadmap then left out), ordered by id: each as of
	 * the day with its owner of the day, and its whole recorded history (the report counts the changes of its period).
	 * Must run in a (read) transaction.
	 */
	List<ItemRow> rows(LocalDate day) {
		ZonedDateTime end = endOf(day);
		List<ItemRow> today = this.repository.workItems();
		Optional<SnapshotService.WorkItemsAt> base = this.snapshots.workItemsBefore(end);
		ZonedDateTime from = base.map((snapshot) -> snapshot.snapshot().takenAt()).orElse(end);
		List<DeletedRow> deleted = this.repository.deletedWorkItems(from);
		Map<String, ItemRow> current = new HashMap<>();
		Map<String, List<ItemChange>> histories = new HashMap<>();
		for (ItemRow row : today) {
			current.put(row.workItem().id(), row);
			histories.put(row.workItem().id(), row.changes());
		}
		deleted.forEach((row) -> histories.put(row.id(), row.changes()));
		Map<String, WorkItemRecord> kept = new HashMap<>();
		base.ifPresent((snapshot) -> snapshot.workItems().forEach((record) -> kept.put(record.id(), record)));
		Set<String> ids = new TreeSet<>(histories.keySet());
		ids.addAll(kept.keySet());
		// first what each record was on the day, then one look-up of the owners of the day that are not today's
		List<Then> thens = new ArrayList<>();
		for (String id : ids) {
			List<ItemChange> history = histories.getOrDefault(id, List.of());
			Then then = base.isPresent() ? forward(kept.get(id), history, from, end) : Then.FALL_BACK;
			if (then.fallBack()) {
				then = backward(current.get(id), history, end);
			}
			if (then.record() != null) {
				thens.add(then);
			}
		}
		Set<String> owners = new TreeSet<>();
		for (Then then : thens) {
			ItemRow now = current.get(then.record().id());
			String owner = then.record().owner();
			if (owner != null && (now == null || !owner.equals(now.ownerId()))) {
				owners.add(owner);
			}
		}
		Map<String, OwnerRow> named = this.repository.owners(owners);
		List<ItemRow> rows = new ArrayList<>();
		for (Then then : thens) {
			WorkItemRecord record = then.record();
			ItemRow now = current.get(record.id());
			WorkItem item = datesOfTheDay(workItem(record, now), then.createdLater(), then.fromHistory(), day);
			if (item == null) {
				continue;
			}
			OwnerRow owner = now != null && Objects.equals(record.owner(), now.ownerId())
					? new OwnerRow(now.owner(), now.organisation(), now.ownerChain())
					: named.getOrDefault(record.owner(), new OwnerRow(null, null, List.of()));
			rows.add(new ItemRow(item, owner.owner(), owner.organisation(), owner.ownerChain(),
					histories.getOrDefault(record.id(), List.of()), then.topics()));
		}
		return rows;
	}

	/**
	 * Which snapshot the day is read from ({@code id@takenAt}, empty: none), one statement: part of the fingerprint of a
	 * model of that day, since taking, deleting or re-dating a snapshot is no change of the roadmap yet changes the day.
	 */
	String baseOf(LocalDate day) {
		return this.snapshots.latestBefore(endOf(day))
			.map((snapshot) -> snapshot.id() + "@" + snapshot.takenAt())
			.orElse("");
	}

	/**
	 * The analysis corpus of the day from the work items of the day ({@link #rows}): every work item as it stood then
	 * (withdrawn ones, and those whose owner of the day no longer exists, left out) with its owner and, where a
	 * snapshot told them, its topics of the day; its node as of then for the answers. Bodies, topics, links and
	 * liaisons are today's: the coordination policy of the day leaves out liaisons sent after it.
	 */
	static AnalysisCorpus corpus(AnalysisCorpus all, List<ItemRow> rows) {
		Map<String, AnalysisCorpus.Item> byId = new HashMap<>();
		all.items().forEach((item) -> byId.put(item.id(), item));
		List<AnalysisCorpus.Item> items = new ArrayList<>();
		Map<String, WorkItem> nodes = new HashMap<>();
		for (ItemRow row : rows) {
			WorkItem then = row.workItem();
			AnalysisCorpus.Item today = byId.get(then.id());
			String owner = row.ownerId() != null ? row.ownerId() : today != null ? today.owner() : null;
			if (owner == null || then.status() == WorkItemStatus.WITHDRAWN) {
				continue;
			}
			List<String> topics = row.topics() != null ? row.topics() : today != null ? today.topics() : List.of();
			nodes.put(then.id(), then);
			items.add(new AnalysisCorpus.Item(then.id(), then.designation(), then.title(), then.scope(),
					then.status() != null ? then.status().name() : null, owner, topics));
		}
		AnalysisCorpus.Nodes current = all.nodes();
		return new AnalysisCorpus(items, all.bodies(), all.topics(), all.links(), all.liaisons(),
				new AnalysisCorpus.Nodes(nodes, current.topics(), current.liaisons(), current.bodies()));
	}

	/**
	 * One record as the day had it, before its dates are read. {@code topics}: null where the rules do not tell them
	 * (today's); {@code fromHistory}: today's record with later changes undone, whose existence is the dates' to say
	 * (the history settling what they cannot: {@code createdLater}); {@code fallBack}: the snapshot cannot tell.
	 */
	private record Then(WorkItemRecord record, List<String> topics, boolean createdLater, boolean fromHistory,
			boolean fallBack) {

		static final Then NONE = new Then(null, null, false, false, false);

		static final Then FALL_BACK = new Then(null, null, false, false, true);

	}

	/** The snapshot's record with the changes recorded in [from, end) applied forward. */
	private static Then forward(WorkItemRecord kept, List<ItemChange> history, ZonedDateTime from, ZonedDateTime end) {
		WorkItemRecord record = kept;
		for (ItemChange change : history) {
			if (change.at().isBefore(from) || !change.at().isBefore(end)) {
				continue;
			}
			switch (change.action()) {
				case "CREATED" -> record = apply(null, change.fields(), change.after());
				case "DELETED" -> record = null;
				default -> {
					if (record == null) {
						// changed through the service, created outside it after the snapshot: the snapshot cannot tell
						return Then.FALL_BACK;
					}
					record = apply(record, change.fields(), change.after());
				}
			}
		}
		return record == null ? Then.NONE : new Then(record, record.topics(), false, false, false);
	}

	/**
	 * Today's record (or, for one deleted through the service after the day, the values its deletion kept) with the
	 * changes after the day undone.
	 */
	private static Then backward(ItemRow now, List<ItemChange> history, ZonedDateTime end) {
		List<ItemChange> later = history.stream().filter((change) -> !change.at().isBefore(end)).toList();
		int undo = later.size();
		WorkItemRecord record;
		if (now != null) {
			WorkItem w = now.workItem();
			record = new WorkItemRecord(w.id(), w.designation(), w.title(), w.scope(), w.status(), now.ownerId(), null,
					null, w.startDate(), w.publishedDate(), w.targetDate(), w.year(), w.url(), w.source(),
					w.confidence(), w.note());
		}
		else {
			if (later.isEmpty() || !"DELETED".equals(later.get(later.size() - 1).action())) {
				return Then.NONE;
			}
			ItemChange deletion = later.get(later.size() - 1);
			record = apply(null, deletion.fields(), deletion.before());
			undo = later.size() - 1;
		}
		// undo the changes made after the day, latest first: each keeps the values before it
		boolean createdLater = false;
		for (int i = undo - 1; i >= 0; i--) {
			ItemChange change = later.get(i);
			if ("CREATED".equals(change.action())) {
				createdLater = true;
				continue;
			}
			for (int f = 0; f < change.fields().size() && f < change.before().size(); f++) {
				record = revert(record, change.fields().get(f), change.before().get(f));
			}
		}
		return new Then(record, now == null ? record.topics() : null, createdLater, true, false);
	}

	/** The work item of a record, with today's version where it exists today. */
	private static WorkItem workItem(WorkItemRecord r, ItemRow now) {
		WorkItem w = now != null ? now.workItem() : null;
		return new WorkItem(r.id(), r.designation(), r.title(), r.scope(), r.status(), r.startDate(), r.publishedDate(),
				r.targetDate(), r.year(), r.url(), r.source(), r.confidence(), r.note(), w != null ? w.version() : null,
				w != null ? w.updatedAt() : null, w != null ? w.updatedBy() : null);
	}

	/**
	 * The record's own dates over what the snapshot or the history say: null where the item did not exist on the day.
	 * With {@code fromHistory} (today's record, later changes undone), whether it existed is first the dates' to say;
	 * where they cannot, {@code createdLater} (added to the graph after the day) settles it.
	 */
	static WorkItem datesOfTheDay(WorkItem item, boolean createdLater, boolean fromHistory, LocalDate day) {
		// a start after the day, or only a later year, says it did not exist yet; a start or a publication by the day
		// says it did
		boolean started = item.startDate() != null && item.startDate().startsOnOrBefore(day);
		boolean publishedBy = item.publishedDate() != null && item.publishedDate().endsOnOrBefore(day);
		boolean onlyYear = item.startDate() == null && item.publishedDate() == null && item.year() != null;
		if (item.startDate() != null && !started) {
			return null;
		}
		if (onlyYear && item.year() > day.getYear()) {
			return null;
		}
		boolean datesSayItExisted = started || publishedBy || (onlyYear && item.year() <= day.getYear());
		if (fromHistory && !datesSayItExisted && createdLater) {
			return null;
		}
		boolean publishedLater = item.publishedDate() != null && !publishedBy;
		boolean publishedYearLater = item.publishedDate() == null && item.status() == WorkItemStatus.PUBLISHED
				&& item.year() != null && item.year() > day.getYear();
		if (publishedLater || publishedYearLater) {
			item = new WorkItem(item.id(), item.designation(), item.title(), item.scope(),
					WorkItemStatus.UNDER_DEVELOPMENT, item.startDate(), null, item.targetDate(), null, item.url(),
					item.source(), item.confidence(), item.note(), item.version(), item.updatedAt(), item.updatedBy());
		}
		String designation = designation(item.designation(), day);
		if (!Objects.equals(designation, item.designation())) {
			item = new WorkItem(item.id(), designation, item.title(), item.scope(), item.status(), item.startDate(),
					item.publishedDate(), item.targetDate(), item.year(), item.url(), item.source(), item.confidence(),
					item.note(), item.version(), item.updatedAt(), item.updatedBy());
		}
		return item;
	}

	private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("\\s*\\(([^()]*)\\)$");

	private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(20\\d\\d-[01]\\d-[0-3]\\d)");

	private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(?<!\\d)([01]\\d)/(20\\d\\d)(?!\\d)");

	private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

	/**
	 * Today's designation names the edition of today ("ITU-T Y.3263 (08/2026)", "WD 2026-05-14"): an edition dated
	 * after the day is left out, the day did not know it.
	 */
	static String designation(String designation, LocalDate day) {
		if (designation == null) {
			return null;
		}
		java.util.regex.Matcher edition = EDITION.matcher(designation);
		if (!edition.find()) {
			return designation;
		}
		String text = edition.group(1);
		java.util.regex.Matcher date = DAY.matcher(text);
		while (date.find()) {
			if (LocalDate.parse(date.group(1)).isAfter(day)) {
				return designation.substring(0, edition.start());
			}
		}
		java.util.regex.Matcher month = MONTH.matcher(text);
		while (month.find()) {
			if (java.time.YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1)))
				.isAfter(java.time.YearMonth.from(day))) {
				return designation.substring(0, edition.start());
			}
		}
		java.util.regex.Matcher year = YEAR.matcher(text);
		while (year.find()) {
			if (Integer.parseInt(year.group(1)) > day.getYear()) {
				return designation.substring(0, edition.start());
			}
		}
		return designation;
	}

	/**
	 * Undoes one field of a change: the fields the backward rule reads (the others stay today's). Built directly, not
	 * through JSON: the backward rule runs over every change after the day, of every work item.
	 */
	private static WorkItemRecord revert(WorkItemRecord r, String field, String before) {
		String value = unquote(before);
		try {
			return switch (field) {
				case "status" -> new WorkItemRecord(r.id(), r.designation(), r.title(), r.scope(),
						value == null ? null : WorkItemStatus.valueOf(value), r.owner(), r.topics(), r.links(),
						r.startDate(), r.publishedDate(), r.targetDate(), r.year(), r.url(), r.source(), r.confidence(),
						r.note());
				case "startDate" -> new WorkItemRecord(r.id(), r.designation(), r.title(), r.scope(), r.status(),
						r.owner(), r.topics(), r.links(), PartialDate.parseNullable(value), r.publishedDate(),
						r.targetDate(), r.year(), r.url(), r.source(), r.confidence(), r.note());
				case "publishedDate" -> new WorkItemRecord(r.id(), r.designation(), r.title(), r.scope(), r.status(),
						r.owner(), r.topics(), r.links(), r.startDate(), PartialDate.parseNullable(value), r.targetDate(),
						r.year(), r.url(), r.source(), r.confidence(), r.note());
				case "title" -> new WorkItemRecord(r.id(), r.designation(), value, r.scope(), r.status(), r.owner(),
						r.topics(), r.links(), r.startDate(), r.publishedDate(), r.targetDate(), r.year(), r.url(),
						r.source(), r.confidence(), r.note());
				case "designation" -> new WorkItemRecord(r.id(), value, r.title(), r.scope(), r.status(), r.owner(),
						r.topics(), r.links(), r.startDate(), r.publishedDate(), r.targetDate(), r.year(), r.url(),
						r.source(), r.confidence(), r.note());
				default -> r;
			};
		}
		catch (IllegalArgumentException ex) {
			// a value the history kept in a form this version no longer reads: keep today's
			return r;
		}
	}

	/**
	 * The record with these fields set to these values (JSON text, as the history keeps them; empty or null: none),
	 * from nothing where {@code record} is null. A value this version no longer reads leaves its field as it was.
	 */
	@SuppressWarnings("unchecked")
	static WorkItemRecord apply(WorkItemRecord record, List<String> fields, List<String> values) {
		Map<String, Object> map = record == null ? new LinkedHashMap<>()
				: new LinkedHashMap<>(JSON.convertValue(record, Map.class));
		for (int f = 0; f < fields.size() && f < values.size(); f++) {
			String field = fields.get(f);
			if (!WorkItemRecord.FORMAT.fields().contains(field)) {
				continue;
			}
			String value = values.get(f);
			Map<String, Object> next = new LinkedHashMap<>(map);
			try {
				if (value == null || value.isEmpty() || value.equals("null")) {
					next.remove(field);
				}
				else {
					next.put(field, JSON.readValue(value, Object.class));
				}
				JSON.convertValue(next, WorkItemRecord.class);
				map = next;
			}
			catch (RuntimeException ex) {
				// a value kept in a form this version no longer reads: the field stays as it was
			}
		}
		return JSON.convertValue(map, WorkItemRecord.class);
	}

	/** The history keeps values as JSON text: a string value is quoted. */
	static String unquote(String json) {
		if (json == null || json.isEmpty() || json.equals("null")) {
			return null;
		}
		if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
			return json.substring(1, json.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		return json;
	}

}
