package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.mvgraph.body.Body;
import io.mvgraph.body.BodyKind;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.topic.Topic;
import io.mvgraph.web.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Topic gaps, the coverage matrix and overdue liaisons, straight from the graph (read transactions). */
@Service
@Transactional(readOnly = true)
public class GapService {

	private final AnalysisRepository repository;

	GapService(AnalysisRepository repository) {
		this.repository = repository;
	}

	/**
	 * Every gap of every topic, UNCOVERED first, then SINGLE_BODY, then NO_ITU_T, each by topic name. A topic can have
	 * two gaps (covered by one body that is not ITU-T). Withdrawn work items cover nothing.
	 */
	public List<TopicGap> topicGaps(List<TopicGapKind> kinds) {
		Set<TopicGapKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(TopicGapKind.values()) : Set.copyOf(kinds);
		List<AnalysisRepository.TopicCoverageRow> rows = this.repository.topicCoverage();
		BodyHierarchy bodies = new BodyHierarchy(this.repository.corpusBodies());
		record Found(String topic, TopicGapKind kind, List<String> bodies, int count) {
		}
		List<Found> found = new ArrayList<>();
		for (AnalysisRepository.TopicCoverageRow row : rows) {
			List<String> owners = row.owners().stream().sorted().toList();
			if (row.workItems() == 0) {
				found.add(new Found(row.id(), TopicGapKind.UNCOVERED, List.of(), 0));
				continue;
			}
			String single = bodies.single(owners);
			if (single != null) {
				found.add(new Found(row.id(), TopicGapKind.SINGLE_BODY, List.of(single), row.workItems()));
			}
			if (owners.stream().noneMatch(bodies::ituT)) {
				found.add(new Found(row.id(), TopicGapKind.NO_ITU_T, owners, row.workItems()));
			}
		}
		found.removeIf((gap) -> !wanted.contains(gap.kind()));
		Set<String> topicIds = new LinkedHashSet<>();
		Set<String> bodyIds = new LinkedHashSet<>();
		found.forEach((gap) -> {
			topicIds.add(gap.topic());
			bodyIds.addAll(gap.bodies());
		});
		Map<String, Topic> topics = topicIds.isEmpty() ? Map.of() : this.repository.topics(topicIds);
		Map<String, Body> bodyNodes = bodyIds.isEmpty() ? Map.of() : this.repository.bodies(bodyIds);
		return found.stream()
			.filter((gap) -> topics.containsKey(gap.topic()))
			.map((gap) -> new TopicGap(topics.get(gap.topic()), gap.kind(),
					gap.bodies().stream().map(bodyNodes::get).filter(Objects::nonNull)
						.sorted(Comparator.comparing((Body body) -> body.name().toLowerCase()).thenComparing(Body::id))
						.toList(),
					gap.count()))
			.sorted(Comparator.comparing(TopicGap::kind)
				.thenComparing((TopicGap gap) -> gap.topic().name().toLowerCase())
				.thenComparing((TopicGap gap) -> gap.topic().id()))
			.toList();
	}

	public Coverage coverage(String rootTopic, List<BodyKind> bodyKinds) {
		if (rootTopic != null && this.repository.topics(List.of(rootTopic)).isEmpty()) {
			throw ApiException.notFound("rootTopic", "topic", rootTopic);
		}
		List<String> kinds = bodyKinds == null || bodyKinds.isEmpty() ? null
				: bodyKinds.stream().map(Enum::name).distinct().toList();
		List<Topic> rows = this.repository.coverageRows(rootTopic);
		List<CoverageCell> cells = this.repository.coverage(rootTopic, kinds);
		Map<String, Integer> totals = new HashMap<>();
		cells.forEach((cell) -> totals.merge(cell.bodyId(), cell.count(), Integer::sum));
		Map<String, Body> bodies = totals.isEmpty() ? Map.of() : this.repository.bodies(totals.keySet());
		List<Body> columns = bodies.values()
			.stream()
			.sorted(Comparator.comparing((Body body) -> -totals.get(body.id()))
				.thenComparing((Body body) -> body.name().toLowerCase())
				.thenComparing(Body::id))
			.toList();
		Map<String, Integer> rowOrder = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			rowOrder.put(rows.get(i).id(), i);
		}
		Map<String, Integer> columnOrder = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			columnOrder.put(columns.get(i).id(), i);
		}
		List<CoverageCell> sorted = cells.stream()
			.filter((cell) -> rowOrder.containsKey(cell.topicId()) && columnOrder.containsKey(cell.bodyId()))
			.sorted(Comparator.comparing((CoverageCell cell) -> rowOrder.get(cell.topicId()))
				.thenComparing((CoverageCell cell) -> columnOrder.get(cell.bodyId())))
			.toList();
		return new Coverage(rows, columns, sorted);
	}

	/** Liaisons asking for action (or the given purposes) whose deadline passed before {@code asOf} without a reply. */
	public List<Liaison> overdueLiaisons(LocalDate asOf, List<LiaisonPurpose> purposes) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
		List<String> wanted = purposes == null || purposes.isEmpty() ? List.of(LiaisonPurpose.ACTION.name())
				: purposes.stream().map(Enum::name).distinct().toList();
		return this.repository.overdue(day, wanted);
	}

}
