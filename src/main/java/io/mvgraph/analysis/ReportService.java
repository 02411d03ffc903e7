package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.mvgraph.api.ApiException;
import io.mvgraph.workitem.WorkItemStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roadmap document (read transaction): its rows from the graph, grouped for the writers. */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final AnalysisRepository repository;

	ReportService(AnalysisRepository repository) {
		this.repository = repository;
	}

	/** {@code topic}: an id or null; {@code status}: names of {@link WorkItemStatus}, comma-separated or repeated. */
	RoadmapDocument roadmap(String topic, List<String> status) {
		return roadmap(topic, status, null, null);
	}

	/**
	 * {@code published}, {@code due}: the periods of {@code workItems(filter: {published, due})}, or null; a work
	 * item is kept when its publication (target) date meets the period (PartialDate's one rule), like the GraphQL
	 * filter.
	 */
	RoadmapDocument roadmap(String topic, List<String> status, Period published, Period due) {
		List<String> statuses = statuses(status);
		if (topic != null && !topic.isBlank() && this.repository.topics(List.of(topic)).isEmpty()) {
			throw ApiException.notFound("topic", "topic", topic);
		}
		String topicId = topic == null || topic.isBlank() ? null : topic;
		List<AnalysisRepository.RoadmapRow> rows = this.repository.roadmap(statuses, topicId);
		// the rows are the whole (filtered) roadmap anyway: the period is checked here, in one place for md, html, xlsx
		if (published != null) {
			rows.removeIf((row) -> !published.keeps(row.workItem().publishedDate()));
		}
		if (due != null) {
			rows.removeIf((row) -> !due.keeps(row.workItem().targetDate()));
		}
		Map<String, String> paths = bodyPaths(this.repository.corpusBodies());
		List<String> filter = new ArrayList<>();
		if (topicId != null) {
			filter.add("topic " + topicId);
		}
		if (statuses != null) {
			filter.add("status " + String.join(", ", statuses));
		}
		if (published != null) {
			filter.add("published " + published);
		}
		if (due != null) {
			filter.add("due " + due);
		}
		List<String> last = this.repository.lastChange();
		String producedFrom = last == null ? "an empty history"
				: "the graph after change " + last.get(0) + " (" + last.get(1) + (last.get(2).isEmpty() ? "" : ", " + last.get(2)) + ")";
		return RoadmapDocument.of(LocalDate.now(ZoneOffset.UTC), String.join("; ", filter), producedFrom, rows, paths);
	}

	/** Days from {@code from} to {@code until}, both included, either open (null). */
	record Period(LocalDate from, LocalDate until) {

		boolean keeps(io.mvgraph.api.PartialDate date) {
			return date != null && date.meets(this.from, this.until);
		}

		@Override
		public String toString() {
			return (this.from != null ? this.from.toString() : "") + ".." + (this.until != null ? this.until.toString() : "");
		}

	}

	private static List<String> statuses(List<String> values) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		List<String> statuses = new ArrayList<>();
		for (String value : values) {
			for (String part : value.split(",")) {
				String name = part.strip().toUpperCase(Locale.ROOT);
				if (name.isEmpty()) {
					continue;
				}
				try {
					statuses.add(WorkItemStatus.valueOf(name).name());
				}
				catch (IllegalArgumentException ex) {
					throw ApiException.badRequest("status", "unknown status '" + part.strip() + "'; one of "
							+ java.util.Arrays.toString(WorkItemStatus.values()));
				}
			}
		}
		return statuses.isEmpty() ? null : statuses.stream().distinct().toList();
	}

	/** "ITU > ITU-T > SG16 > Q8/16": each body with the bodies above it, by acronym where it has one. */
	static Map<String, String> bodyPaths(List<AnalysisCorpus.BodyRow> bodies) {
		Map<String, AnalysisCorpus.BodyRow> byId = new HashMap<>();
		bodies.forEach((body) -> byId.put(body.id(), body));
		Map<String, String> paths = new HashMap<>();
		for (AnalysisCorpus.BodyRow body : bodies) {
			List<String> names = new ArrayList<>();
			List<String> seen = new ArrayList<>();
			for (AnalysisCorpus.BodyRow up = body; up != null && !seen.contains(up.id()); up = byId.get(up.parent())) {
				seen.add(up.id());
				names.add(0, up.acronym() != null && !up.acronym().isBlank() ? up.acronym() : up.name());
			}
			paths.put(body.id(), String.join(" > ", names));
		}
		return paths;
	}

}
