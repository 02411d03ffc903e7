package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.GraphQlLimits;
import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.liaison.LiaisonService;
import io.mvgraph.meeting.MeetingService;
import io.mvgraph.meeting.ReportPeriod;
import io.mvgraph.workitem.WorkItem;
import io.mvgraph.workitem.WorkItemService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive summary for TSAG, shaped like an input document: coordination gaps (most severe first, with their
 * evidence), topic gaps, liaisons awaiting action past their deadline, and the work items new or changed in the
 * period. The GraphQL type and the Markdown/HTML document are made from the same data in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class TsagReportService {

	private final OverlapService overlaps;

	private final GapService gaps;

	private final AnalysisRepository repository;

	private final WorkItemService workItems;

	private final LiaisonService liaisons;

	private final GraphQlLimits limits;

	private final MeetingService meetings;

	TsagReportService(OverlapService overlaps, GapService gaps, AnalysisRepository repository,
			WorkItemService workItems, LiaisonService liaisons, GraphQlLimits limits, MeetingService meetings) {
		this.meetings = meetings;
		this.overlaps = overlaps;
		this.gaps = gaps;
		this.repository = repository;
		this.workItems = workItems;
		this.liaisons = liaisons;
		this.limits = limits;
	}

	/** A body's first meeting has no previous one: its report covers about one JCA-MV meeting cycle. */
	static final int FIRST_MEETING_MONTHS = 4;

	/**
	 * The report for a meeting (TSAG's executive summary after each one): from the end of the previous meeting of
	 * the same body to the start of this one; for a body's first meeting, the {@value #FIRST_MEETING_MONTHS}
	 * months before it.
	 */
	public TsagReport forMeeting(String meetingId, Integer first) {
		ReportPeriod period = this.meetings.reportPeriod(meetingId);
		LocalDate since = period.since() != null ? period.since() : period.until().minusMonths(FIRST_MEETING_MONTHS);
		return report(since, period.until(), first);
	}

	public TsagReport report(LocalDate since, LocalDate until, Integer first) {
		if (since == null) {
			throw ApiException.badRequest("since", "is required (YYYY-MM-DD)");
		}
		LocalDate end = until != null ? until : LocalDate.now(ZoneOffset.UTC);
		if (end.isBefore(since)) {
			throw ApiException.badRequest("until", "must not be before since (" + since + "), was " + end);
		}
		int size = this.limits.pageSize(first, 50);
		OverlapService.Ranked gaps = this.overlaps.gapsBySeverity(OverlapScoring.DEFAULT_MIN_SCORE, size);
		List<TopicGap> topicGaps = this.gaps.topicGaps(null);
		// overdue as of the end of the period: deadline before the day after 'until'
		List<Liaison> overdue = this.gaps.overdueLiaisons(end.plusDays(1), null);
		List<AnalysisRepository.WorkItemActivity> activity = this.repository.activity(
				since.atStartOfDay(ZoneOffset.UTC), end.plusDays(1).atStartOfDay(ZoneOffset.UTC), since, end);
		List<WorkItem> created = new ArrayList<>();
		List<WorkItemChange> changed = new ArrayList<>();
		for (AnalysisRepository.WorkItemActivity item : activity) {
			if (item.actions().contains("CREATED") || item.actions().contains("STARTED")) {
				created.add(item.workItem());
			}
			else {
				changed.add(new WorkItemChange(item.workItem(), item.at(), item.by(), item.fields()));
			}
		}
		TsagReport data = new TsagReport(since, end, gaps.overlaps(), gaps.total(), topicGaps, overdue, created, changed,
				"");
		return new TsagReport(since, end, gaps.overlaps(), gaps.total(), topicGaps, overdue, created, changed,
				markdown(data));
	}

	// ---------------------------------------------------------------------------------------------------------
	// The document

	private String markdown(TsagReport report) {
		Set<String> itemIds = new LinkedHashSet<>();
		report.coordinationGaps().forEach((gap) -> {
			itemIds.add(gap.a().id());
			itemIds.add(gap.b().id());
		});
		report.newWorkItems().forEach((item) -> itemIds.add(item.id()));
		report.changedWorkItems().forEach((change) -> itemIds.add(change.workItem().id()));
		Map<String, List<Body>> owners = itemIds.isEmpty() ? Map.of() : this.workItems.owners(itemIds);
		List<String> liaisonIds = report.overdueLiaisons().stream().map(Liaison::id).toList();
		Map<String, List<Body>> senders = liaisonIds.isEmpty() ? Map.of() : this.liaisons.senders(liaisonIds);
		Map<String, List<Body>> recipients = liaisonIds.isEmpty() ? Map.of() : this.liaisons.recipients(liaisonIds);

		StringBuilder md = new StringBuilder();
		md.append("# JCA-MV report to TSAG: coordination of metaverse standardization\n\n");
		md.append("Period: ").append(report.since()).append(" to ").append(report.until())
			.append(". Source: the mvgraph roadmap of metaverse standards, as of ")
			.append(LocalDate.now(ZoneOffset.UTC)).append(".\n\n");

		long uncovered = count(report.topicGaps(), TopicGapKind.UNCOVERED);
		long single = count(report.topicGaps(), TopicGapKind.SINGLE_BODY);
		long noItuT = count(report.topicGaps(), TopicGapKind.NO_ITU_T);
		md.append("## Summary\n\n");
		md.append("- ").append(report.coordinationGapCount())
			.append(" coordination gaps: overlapping work items of different bodies (score at least ")
			.append(OverlapScoring.DEFAULT_MIN_SCORE)
			.append(") with no liaison between the bodies on record");
		if (report.coordinationGapCount() > report.coordinationGaps().size()) {
			md.append("; the ").append(report.coordinationGaps().size()).append(" most severe are listed");
		}
		md.append(".\n");
		md.append("- Topic gaps: ").append(uncovered).append(" topics not covered, ").append(single)
			.append(" covered by one body only, ").append(noItuT).append(" without ITU-T work.\n");
		md.append("- ").append(report.overdueLiaisons().size())
			.append(" liaisons asking for action are past their deadline with no reply.\n");
		md.append("- ").append(report.newWorkItems().size()).append(" work items new and ")
			.append(report.changedWorkItems().size()).append(" changed in the period.\n\n");
		md.append("The JCA-MV invites TSAG to note this report and to encourage the bodies named in section 1 ")
			.append("to exchange liaison statements on the work items concerned.\n\n");

		md.append("## 1. Coordination gaps, most severe first\n\n");
		if (report.coordinationGaps().isEmpty()) {
			md.append("None found.\n\n");
		}
		else {
			md.append("Severity is the overlap score lowered for finished work (x1 when both work items are in progress, ")
				.append("x0.85 when one is, x0.6 when neither).\n\n");
			md.append("| # | Work item | Body | Overlapping work item | Body | Score | Severity | Shared topics | Shared terms |\n");
			md.append("|---|---|---|---|---|---|---|---|---|\n");
			int rank = 1;
			for (Overlap gap : report.coordinationGaps()) {
				md.append("| ").append(rank++).append(" | ").append(item(gap.a())).append(" | ")
					.append(bodies(owners.get(gap.a().id()))).append(" | ").append(item(gap.b())).append(" | ")
					.append(bodies(owners.get(gap.b().id()))).append(" | ").append(decimal(gap.score())).append(" | ")
					.append(decimal(gap.severity())).append(" | ")
					.append(Markdown.text(gap.sharedTopics().stream().map((topic) -> topic.name()).collect(Collectors.joining("; "))))
					.append(" | ").append(Markdown.text(String.join(", ", gap.sharedTerms())));
				if (!gap.links().isEmpty()) {
					md.append(" (linked: ").append(gap.links().stream().map(Enum::name).collect(Collectors.joining(", "))).append(")");
				}
				md.append(" |\n");
			}
			md.append('\n');
		}

		md.append("## 2. Topic gaps\n\n");
		topicGaps(md, report.topicGaps(), TopicGapKind.UNCOVERED, "Topics no work item covers");
		topicGaps(md, report.topicGaps(), TopicGapKind.SINGLE_BODY, "Topics one body alone covers");
		topicGaps(md, report.topicGaps(), TopicGapKind.NO_ITU_T, "Topics without ITU-T work");

		md.append("## 3. Liaisons awaiting action past their deadline\n\n");
		if (report.overdueLiaisons().isEmpty()) {
			md.append("None.\n\n");
		}
		else {
			md.append("| Liaison | From | To | Sent | Deadline | Days overdue |\n|---|---|---|---|---|---|\n");
			for (Liaison liaison : report.overdueLiaisons()) {
				md.append("| ").append(Markdown.link(liaison.title(), liaison.url() != null ? liaison.url() : liaison.source()))
					.append(" | ").append(bodies(senders.get(liaison.id()))).append(" | ")
					.append(bodies(recipients.get(liaison.id()))).append(" | ")
					.append(liaison.sentOn() != null ? liaison.sentOn() : "").append(" | ").append(liaison.deadline())
					.append(" | ").append(ChronoUnit.DAYS.between(liaison.deadline(), report.until())).append(" |\n");
			}
			md.append('\n');
		}

		md.append("## 4. Work items new or changed in the period\n\n");
		md.append("### New (added to the roadmap or started in the period)\n\n");
		if (report.newWorkItems().isEmpty()) {
			md.append("None.\n\n");
		}
		else {
			md.append("| Work item | Body | Status | Start |\n|---|---|---|---|\n");
			for (WorkItem item : report.newWorkItems()) {
				md.append("| ").append(item(item)).append(" | ").append(bodies(owners.get(item.id()))).append(" | ")
					.append(status(item)).append(" | ").append(item.startDate() != null ? item.startDate() : "").append(" |\n");
			}
			md.append('\n');
		}
		md.append("### Changed\n\n");
		if (report.changedWorkItems().isEmpty()) {
			md.append("None.\n\n");
		}
		else {
			md.append("| Work item | Body | Status | Fields changed | Last change |\n|---|---|---|---|---|\n");
			for (WorkItemChange change : report.changedWorkItems()) {
				md.append("| ").append(item(change.workItem())).append(" | ")
					.append(bodies(owners.get(change.workItem().id()))).append(" | ").append(status(change.workItem()))
					.append(" | ").append(Markdown.text(String.join(", ", change.fields()))).append(" | ")
					.append(change.at() != null ? change.at().toLocalDate() : "")
					.append(change.by() != null ? " (" + Markdown.text(change.by()) + ")" : "").append(" |\n");
			}
			md.append('\n');
		}
		return md.toString();
	}

	private void topicGaps(StringBuilder md, List<TopicGap> all, TopicGapKind kind, String heading) {
		List<TopicGap> gaps = all.stream().filter((gap) -> gap.kind() == kind).toList();
		md.append("### ").append(heading).append(" (").append(gaps.size()).append(")\n\n");
		if (gaps.isEmpty()) {
			md.append("None.\n\n");
			return;
		}
		md.append("| Topic | Bodies | Work items |\n|---|---|---|\n");
		for (TopicGap gap : gaps) {
			md.append("| ").append(Markdown.text(gap.topic().name())).append(" | ").append(bodies(gap.bodies()))
				.append(" | ").append(gap.workItemCount()).append(" |\n");
		}
		md.append('\n');
	}

	private static long count(List<TopicGap> gaps, TopicGapKind kind) {
		return gaps.stream().filter((gap) -> gap.kind() == kind).count();
	}

	private static String item(WorkItem item) {
		String label = item.designation() != null ? item.designation() + ": " + item.title() : item.title();
		return Markdown.link(label, item.url());
	}

	private static String bodies(Collection<Body> bodies) {
		if (bodies == null || bodies.isEmpty()) {
			return "";
		}
		return Markdown.text(bodies.stream()
			.map((body) -> body.acronym() != null && !body.acronym().isBlank() ? body.acronym() : body.name())
			.collect(Collectors.joining(", ")));
	}

	private static String status(WorkItem item) {
		return item.status() == null ? "" : item.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
