package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.body.Body;
import io.mvgraph.body.BodyKind;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.topic.Topic;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topic gaps and the coverage matrix, counted from the cached {@link OverlapModel} (which holds every work item
 * that is not withdrawn, with its topics and owner, and the body and topic trees: one statement when warm), and
 * overdue liaisons, straight from the graph.
 */
@Service
@Transactional(readOnly = true)
public class GapService {

	private final OverlapModelCache models;

	private final AnalysisRepository repository;

	private final TsagReportRepository reports;

	private final OverlapService overlaps;

	GapService(OverlapModelCache models, AnalysisRepository repository, TsagReportRepository reports,
			@org.springframework.context.annotation.Lazy OverlapService overlaps) {
		this.overlaps = overlaps;
		this.reports = reports;
		this.models = models;
		this.repository = repository;
	}

	/**
	 * Every gap of every topic, UNCOVERED first, then SINGLE_BODY, then NO_ITU_T, each by topic name. A topic can have
	 * two gaps (covered by one body that is not ITU-T). Withdrawn work items cover nothing.
	 */
	public List<TopicGap> topicGaps(List<TopicGapKind> kinds) {
		return topicGaps(kinds, null);
	}

	/** The gaps of the roadmap as it stood on {@code asOf} (null: today; see {@link RoadmapAsOf}). */
	public List<TopicGap> topicGaps(List<TopicGapKind> kinds, LocalDate asOf) {
		return topicGaps(kinds, asOf, null);
	}

	/**
	 * The GraphQL question: today's gaps of a warm request in one statement ({@link OverlapService#compiled}: the
	 * fingerprint and the topics and bodies shown with their selected fields); as of a past day, the batch path.
	 */
	List<TopicGap> topicGaps(List<TopicGapKind> kinds, LocalDate asOf, OverlapService.Request request) {
		Set<TopicGapKind> wanted = kinds == null || kinds.isEmpty() ? Set.of(TopicGapKind.values()) : Set.copyOf(kinds);
		if (asOf != null && asOf.isAfter(LocalDate.now(ZoneOffset.UTC))) {
			throw ApiException.badRequest("asOf", "must not be in the future, was " + asOf);
		}
		java.util.function.Supplier<List<TopicGap>> batch = () -> gaps(
				asOf == null ? this.models.current() : this.models.asOf(asOf), wanted);
		if (asOf != null || request == null) {
			return batch.get();
		}
		return this.overlaps.compiled(request, (model, rejected, statement) -> {
			List<TopicGap> gaps = gaps(model, wanted);
			Set<String> topicIds = new java.util.LinkedHashSet<>();
			Set<String> bodyIds = new java.util.LinkedHashSet<>();
			gaps.forEach((gap) -> {
				topicIds.add(gap.topic().id());
				gap.bodies().forEach((body) -> bodyIds.add(body.id()));
			});
			AnalysisStatement.Role<Topic> topics = statement.role("Topic", Topic.class,
					AnalysisStatement.selections(request.selection(), "topic"), topicIds);
			AnalysisStatement.Role<Body> bodies = statement.role("Body", Body.class,
					AnalysisStatement.selections(request.selection(), "bodies"), bodyIds);
			return () -> {
				java.util.Map<String, Topic> topicNodes = AnalysisStatement.nodes(topics, model.nodes.topics());
				java.util.Map<String, Body> bodyNodes = AnalysisStatement.nodes(bodies, model.nodes.bodies());
				// the same gaps, in the same order, with the fetched nodes (the fingerprint says they are the model's)
				return gaps.stream()
					.filter((gap) -> topicNodes.containsKey(gap.topic().id()))
					.map((gap) -> new TopicGap(topicNodes.get(gap.topic().id()), gap.kind(),
							gap.bodies().stream().map((body) -> bodyNodes.get(body.id())).filter(Objects::nonNull).toList(),
							gap.workItemCount()))
					.toList();
			};
		}, batch);
	}

	private List<TopicGap> gaps(OverlapModel model, Set<TopicGapKind> wanted) {
		int topics = model.topicIds.length;
		int[] count = new int[topics];
		List<Set<Integer>> owners = new ArrayList<>(topics);
		for (int t = 0; t < topics; t++) {
			owners.add(new HashSet<>());
		}
		for (int item = 0; item < model.itemIds.length; item++) {
			for (int topic : model.topicClosure[item]) {
				count[topic]++;
				owners.get(topic).add(model.owner[item]);
			}
		}
		boolean[] ituT = ituT(model);
		List<TopicGap> gaps = new ArrayList<>();
		for (int t = 0; t < topics; t++) {
			Topic topic = model.nodes.topics().get(model.topicIds[t]);
			if (topic == null) {
				continue;
			}
			if (count[t] == 0) {
				add(gaps, wanted, new TopicGap(topic, TopicGapKind.UNCOVERED, List.of(), 0));
				continue;
			}
			int single = single(model, owners.get(t));
			if (single >= 0) {
				add(gaps, wanted, new TopicGap(topic, TopicGapKind.SINGLE_BODY, bodies(model, Set.of(single)), count[t]));
			}
			if (owners.get(t).stream().noneMatch((owner) -> ituT[owner])) {
				add(gaps, wanted, new TopicGap(topic, TopicGapKind.NO_ITU_T, bodies(model, owners.get(t)), count[t]));
			}
		}
		gaps.sort(Comparator.comparing(TopicGap::kind)
			.thenComparing((TopicGap gap) -> gap.topic().name().toLowerCase(Locale.ROOT))
			.thenComparing((TopicGap gap) -> gap.topic().id()));
		return gaps;
	}

	private static void add(List<TopicGap> gaps, Set<TopicGapKind> wanted, TopicGap gap) {
		if (wanted.contains(gap.kind())) {
			gaps.add(gap);
		}
	}

	/** The one owner every other owner is (or is below), or -1: the candidates are the first owner's line. */
	private static int single(OverlapModel model, Set<Integer> owners) {
		int any = owners.iterator().next();
		for (int candidate : model.bodyLine[any]) {
			if (owners.contains(candidate) && owners.stream().allMatch((owner) -> model.within(owner, candidate))) {
				return candidate;
			}
		}
		return -1;
	}

	/**
	 * Which bodies are part of ITU-T: a body of an ITU-T kind (study group, Question, group, TSAG), the sector itself
	 * (the parent of study groups or of TSAG, whatever its own kind), or a body below one of those.
	 */
	private static boolean[] ituT(OverlapModel model) {
		int n = model.bodyIds.length;
		boolean[] sector = new boolean[n];
		for (int b = 0; b < n; b++) {
			String kind = model.bodyKinds[b];
			if (model.bodyParent[b] >= 0 && ("ITU_T_SG".equals(kind) || "TSAG".equals(kind))) {
				sector[model.bodyParent[b]] = true;
			}
		}
		boolean[] ituT = new boolean[n];
		for (int b = 0; b < n; b++) {
			for (int up : model.bodyLine[b]) {
				if (sector[up] || isItuTKind(model.bodyKinds[up])) {
					ituT[b] = true;
					break;
				}
			}
		}
		return ituT;
	}

	private static boolean isItuTKind(String kind) {
		if (kind == null) {
			return false;
		}
		try {
			return BodyKind.valueOf(kind).isItuT();
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static List<Body> bodies(OverlapModel model, Set<Integer> indexes) {
		return indexes.stream()
			.map((b) -> model.nodes.bodies().get(model.bodyIds[b]))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((Body body) -> body.name().toLowerCase(Locale.ROOT)).thenComparing(Body::id))
			.toList();
	}

	public Coverage coverage(String rootTopic, List<BodyKind> bodyKinds) {
		OverlapModel model = this.models.current();
		int root = -1;
		if (rootTopic != null) {
			Integer index = model.topicIndex.get(rootTopic);
			if (index == null) {
				throw ApiException.notFound("rootTopic", "topic", rootTopic);
			}
			root = index;
		}
		Set<String> kinds = bodyKinds == null || bodyKinds.isEmpty() ? null
				: new HashSet<>(bodyKinds.stream().map(Enum::name).toList());
		List<Integer> rows = new ArrayList<>();
		int[] rowOf = new int[model.topicIds.length];
		Arrays.fill(rowOf, -1);
		for (int t = 0; t < rowOf.length; t++) {
			if (model.topicParent[t] == root && model.nodes.topics().containsKey(model.topicIds[t])) {
				rowOf[t] = rows.size();
				rows.add(t);
			}
		}
		// the column of each owner: itself, or the nearest body of the wanted kinds at or above it (-1: none)
		int[] column = new int[model.bodyIds.length];
		for (int b = 0; b < column.length; b++) {
			column[b] = kinds == null ? b : Arrays.stream(model.bodyLine[b])
				.filter((up) -> kinds.contains(model.bodyKinds[up]))
				.findFirst()
				.orElse(-1);
		}
		int[][] counts = new int[rows.size()][model.bodyIds.length];
		int[] totals = new int[model.bodyIds.length];
		for (int item = 0; item < model.itemIds.length; item++) {
			int body = column[model.owner[item]];
			if (body < 0) {
				continue;
			}
			for (int topic : model.topicClosure[item]) {
				if (rowOf[topic] >= 0) {
					counts[rowOf[topic]][body]++;
					totals[body]++;
				}
			}
		}
		List<Topic> topics = rows.stream()
			.map((t) -> model.nodes.topics().get(model.topicIds[t]))
			.sorted(Comparator.comparing((Topic topic) -> topic.name().toLowerCase(Locale.ROOT)).thenComparing(Topic::id))
			.toList();
		List<Body> bodies = new ArrayList<>();
		for (int b = 0; b < totals.length; b++) {
			Body body = totals[b] > 0 ? model.nodes.bodies().get(model.bodyIds[b]) : null;
			if (body != null) {
				bodies.add(body);
			}
		}
		bodies.sort(Comparator.comparing((Body body) -> -totals[model.bodyIndex.get(body.id())])
			.thenComparing((Body body) -> body.name().toLowerCase(Locale.ROOT))
			.thenComparing(Body::id));
		List<CoverageCell> cells = new ArrayList<>();
		for (Topic topic : topics) {
			int[] row = counts[rowOf[model.topicIndex.get(topic.id())]];
			for (Body body : bodies) {
				int count = row[model.bodyIndex.get(body.id())];
				if (count > 0) {
					cells.add(new CoverageCell(topic.id(), body.id(), count));
				}
			}
		}
		return new Coverage(topics, bodies, cells);
	}

	/**
	 * What the ITU-T side owes on {@code asOf} (default today, UTC): {@link LiaisonObligations#overdue}, the rule of
	 * the report to TSAG; the most overdue first.
	 */
	public List<Liaison> overdueLiaisons(LocalDate asOf, List<LiaisonPurpose> purposes) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
		return LiaisonObligations.overdue(this.reports.liaisons(), day, purposes);
	}

	/** For information: the ITU-T side's statements for action awaiting an outside body's answer on {@code asOf}. */
	public List<Liaison> awaitingReply(LocalDate asOf) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
		return LiaisonObligations.awaiting(this.reports.liaisons(), day);
	}

}
