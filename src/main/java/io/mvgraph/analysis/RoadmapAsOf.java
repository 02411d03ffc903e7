package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.mvgraph.analysis.TsagReportRepository.ItemChange;
import io.mvgraph.analysis.TsagReportRepository.ItemRow;
import io.mvgraph.api.PartialDate;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemStatus;

/**
 * The roadmap as it stood on a day, in one place for the report to TSAG and the analysis asked as of a date
 * ({@code overlaps(asOf:)}, {@code findings(asOf:)}, {@code topicGaps(asOf:)}). The rules, in order:
 * <ol>
 * <li>the records' own dates: a work item whose start is after the day did not exist; one published after it was
 * still being developed (its status of that day is UNDER_DEVELOPMENT, its publication date unknown yet); an item
 * known only by a year after the day did not exist; an edition dated after the day is left out of the
 * designation;</li>
 * <li>the history of changes made through the service: changes after the day are undone (each change keeps the
 * values before it: status, dates, title, designation), and an item without dates created after the day did not
 * exist.</li>
 * </ol>
 * What neither tells (topics, scope, owner, links) is today's.
 */
final class RoadmapAsOf {

	private RoadmapAsOf() {
	}

	/** The first instant after the day (UTC): changes at or after it are undone. */
	static ZonedDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZoneOffset.UTC);
	}

	/**
	 * The analysis corpus as of the day: every work item as it stood then (those that did not exist, or were withdrawn
	 * then, left out), its node as of then for the answers. Bodies, topics, links and liaisons are today's: the
	 * coordination policy of the day leaves out liaisons sent after it.
	 */
	static AnalysisCorpus corpus(AnalysisCorpus all, List<ItemRow> rows, LocalDate day) {
		ZonedDateTime end = endOf(day);
		Map<String, ItemRow> byId = new HashMap<>();
		rows.forEach((row) -> byId.put(row.workItem().id(), row));
		List<AnalysisCorpus.Item> items = new ArrayList<>();
		Map<String, WorkItem> nodes = new HashMap<>();
		for (AnalysisCorpus.Item item : all.items()) {
			ItemRow row = byId.get(item.id());
			if (row == null) {
				continue;
			}
			WorkItem then = workItem(row, end, day);
			if (then == null || then.status() == WorkItemStatus.WITHDRAWN) {
				continue;
			}
			nodes.put(then.id(), then);
			items.add(new AnalysisCorpus.Item(item.id(), then.designation(), then.title(), item.scope(),
					then.status() != null ? then.status().name() : null, item.owner(), item.topics()));
		}
		AnalysisCorpus.Nodes current = all.nodes();
		return new AnalysisCorpus(items, all.bodies(), all.topics(), all.links(), all.liaisons(),
				new AnalysisCorpus.Nodes(nodes, current.topics(), current.liaisons(), current.bodies()));
	}

	/** The work item as it stood on {@code day}, or null where it did not exist then. */
	static WorkItem workItem(ItemRow row, ZonedDateTime endOfDay, LocalDate day) {
		WorkItem item = row.workItem();
		// undo the changes made after the day, latest first: each keeps the values before it
		List<ItemChange> later = row.changes().stream().filter((change) -> !change.at().isBefore(endOfDay)).toList();
		boolean createdLater = false;
		for (int i = later.size() - 1; i >= 0; i--) {
			ItemChange change = later.get(i);
			if ("CREATED".equals(change.action())) {
				createdLater = true;
				continue;
			}
			for (int f = 0; f < change.fields().size() && f < change.before().size(); f++) {
				item = revert(item, change.fields().get(f), change.before().get(f));
			}
		}
		// the record's own dates first: a start after the day, or only a later year, says it did not exist yet;
		// a start or a publication by the day says it did
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
		// the dates cannot tell: the history can (added to the graph after the day)
		if (!datesSayItExisted && createdLater) {
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
		if (!java.util.Objects.equals(designation, item.designation())) {
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

	private static WorkItem revert(WorkItem w, String field, String before) {
		String value = unquote(before);
		try {
			return switch (field) {
				case "status" -> new WorkItem(w.id(), w.designation(), w.title(), w.scope(),
						value == null ? null : WorkItemStatus.valueOf(value), w.startDate(), w.publishedDate(),
						w.targetDate(), w.year(), w.url(), w.source(), w.confidence(), w.note(), w.version(),
						w.updatedAt(), w.updatedBy());
				case "startDate" -> new WorkItem(w.id(), w.designation(), w.title(), w.scope(), w.status(),
						PartialDate.parseNullable(value), w.publishedDate(), w.targetDate(), w.year(), w.url(), w.source(),
						w.confidence(), w.note(), w.version(), w.updatedAt(), w.updatedBy());
				case "publishedDate" -> new WorkItem(w.id(), w.designation(), w.title(), w.scope(), w.status(),
						w.startDate(), PartialDate.parseNullable(value), w.targetDate(), w.year(), w.url(), w.source(),
						w.confidence(), w.note(), w.version(), w.updatedAt(), w.updatedBy());
				case "title" -> new WorkItem(w.id(), w.designation(), value, w.scope(), w.status(), w.startDate(),
						w.publishedDate(), w.targetDate(), w.year(), w.url(), w.source(), w.confidence(), w.note(),
						w.version(), w.updatedAt(), w.updatedBy());
				case "designation" -> new WorkItem(w.id(), value, w.title(), w.scope(), w.status(), w.startDate(),
						w.publishedDate(), w.targetDate(), w.year(), w.url(), w.source(), w.confidence(), w.note(),
						w.version(), w.updatedAt(), w.updatedBy());
				default -> w;
			};
		}
		catch (IllegalArgumentException ex) {
			// a value the history kept in a form this version no longer reads: keep today's
			return w;
		}
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
