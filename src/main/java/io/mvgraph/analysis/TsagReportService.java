package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.mvgraph.analysis.ReportDocument.Block;
import io.mvgraph.analysis.ReportDocument.HeaderField;
import io.mvgraph.analysis.ReportDocument.Section;
import io.mvgraph.analysis.TsagReportRepository.ActionRow;
import io.mvgraph.analysis.TsagReportRepository.AgendaRow;
import io.mvgraph.analysis.TsagReportRepository.AppointmentRow;
import io.mvgraph.analysis.TsagReportRepository.CountRow;
import io.mvgraph.analysis.TsagReportRepository.ItemChange;
import io.mvgraph.analysis.TsagReportRepository.ItemRow;
import io.mvgraph.analysis.TsagReportRepository.LiaisonRow;
import io.mvgraph.analysis.TsagReportRepository.MeetingRecordRow;
import io.mvgraph.analysis.TsagReportRepository.OutputRow;
import io.mvgraph.analysis.TsagReportRepository.ParticipantRow;
import io.mvgraph.analysis.TsagReportRepository.Party;
import io.mvgraph.analysis.TsagReportRepository.RoleRow;
import io.mvgraph.analysis.TsagReportRepository.TakenRow;
import io.mvgraph.api.ApiException;
import io.mvgraph.api.Connection;
import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.meeting.Contribution;
import io.mvgraph.meeting.Meeting;
import io.mvgraph.meeting.MeetingService;
import io.mvgraph.meeting.ReportPeriod;
import io.mvgraph.workitem.WorkItem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report to TSAG (ToR 7: an executive summary after each meeting of the JCA-MV), shaped like a TSAG temporary
 * document, as of the end of its period: the roadmap as it stood then ({@link RoadmapAsOf}), liaisons sent by then
 * with their state of that day and who owes whom an answer ({@link LiaisonObligations}), the findings computed on
 * that roadmap with their status of that day ({@code FindingService.findings(..., asOf)}).
 * Nothing in the document depends on the day it is asked, so the same request gives the same report. What is not
 * recorded is said in one line.
 */
@Service
@Transactional(readOnly = true)
public class TsagReportService {

	/** The body the report speaks for. */
	static final String JCA_MV = "itu-t-jca-mv";

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private static final int MAX_FINDINGS = 500;

	private final TsagReportRepository repository;

	private final RoadmapAsOf asOf;

	private final AnalysisRepository analysis;

	private final MeetingService meetings;

	private final FindingService findings;

	private final String contact;

	TsagReportService(TsagReportRepository repository, RoadmapAsOf asOf, AnalysisRepository analysis,
			MeetingService meetings, FindingService findings,
			@Value("${mvgraph.report.contact:TSB, secretariat of the JCA-MV, tsbjcamv@itu.int}") String contact) {
		this.repository = repository;
		this.asOf = asOf;
		this.analysis = analysis;
		this.meetings = meetings;
		this.findings = findings;
		this.contact = contact;
	}

	/**
	 * The report for a meeting: from the end of the previous meeting of the same body (for a first meeting: from the
	 * body's {@code activeFrom}) to the end of this one.
	 */
	public TsagReport forMeeting(String meetingId, Integer first) {
		Meeting meeting = this.meetings.get(meetingId);
		ReportPeriod period = this.meetings.reportPeriod(meetingId);
		LocalDate until = meeting.end().toLocalDate();
		LocalDate since = period.since();
		if (since == null) {
			Body body = this.analysis.bodies(List.of(meeting.bodyId())).get(meeting.bodyId());
			since = body != null && body.activeFrom() != null ? body.activeFrom().start()
					: meeting.start().toLocalDate();
		}
		return build(since, until, meeting);
	}

	public TsagReport report(LocalDate since, LocalDate until, Integer first) {
		if (since == null) {
			throw ApiException.badRequest("since", "is required (YYYY-MM-DD)");
		}
		LocalDate end = until != null ? until : LocalDate.now(ZoneOffset.UTC);
		if (end.isBefore(since)) {
			throw ApiException.badRequest("until", "must not be before since (" + since + "), was " + end);
		}
		return build(since, end, null);
	}

	private TsagReport build(LocalDate since, LocalDate until, Meeting meeting) {
		Roadmap roadmap = roadmap(this.asOf.rows(until), since, until);
		Liaisons liaisons = liaisons(this.repository.liaisons(), since, until);
		List<Finding> confirmed = section5(findings(List.of(FindingStatus.CONFIRMED, FindingStatus.REPORTED), null, until),
				since, until, meeting);
		int underReview = (int) findings(List.of(FindingStatus.OPEN), null, until).stream()
			.filter((finding) -> finding.pairs()
				.stream()
				.anyMatch((pair) -> roadmap.existing.contains(pair.a().id()) && roadmap.existing.contains(pair.b().id())))
			.count();
		String body = meeting != null ? meeting.bodyId() : JCA_MV;
		List<RoleRow> roles = this.repository.roles(List.of(body)).stream()
			.filter((role) -> io.mvgraph.analysis.TsagReportService.heldOn(role, until))
			.toList();
		List<Meeting> next = List.of();
		List<Contribution> contributions = List.of();
		if (meeting != null) {
			next = this.meetings.next(List.of(meeting.id())).getOrDefault(meeting.id(), List.of());
			contributions = this.meetings.contributionsOf(List.of(meeting.id())).getOrDefault(meeting.id(), List.of());
		}
		MeetingRecordRow record = meeting != null ? this.repository.meetingRecord(meeting.id()) : MeetingRecordRow.NONE;
		ReportDocument document = new Writer(since, until, meeting, roadmap, liaisons, confirmed, underReview, roles,
				next, contributions, this.contact, record).document();
		return new TsagReport(since, until, meeting, document, roadmap.added, roadmap.published, roadmap.changed,
				liaisons.overdue.stream().map(LiaisonRow::liaison).toList(),
				liaisons.awaiting.stream().map(LiaisonRow::liaison).toList(), confirmed, underReview);
	}

	/**
	 * Section 5: the findings CONFIRMED as of the period's end, and those REPORTED as of then in this report: at this
	 * meeting (a meeting's report), or moved to REPORTED in the period (a period's report). A finding reported in an
	 * earlier report is not repeated.
	 */
	static List<Finding> section5(List<Finding> asOfEnd, LocalDate since, LocalDate until, Meeting meeting) {
		return asOfEnd.stream().filter((finding) -> finding.status() == FindingStatus.CONFIRMED
				|| (finding.status() == FindingStatus.REPORTED && (meeting != null
						? meeting.id().equals(finding.reportedAtMeeting())
						: finding.statusChangedAt() == null
								|| !finding.statusChangedAt().toLocalDate().isBefore(since)
										&& !finding.statusChangedAt().toLocalDate().isAfter(until))))
			.toList();
	}

	/** The findings with these statuses as of {@code day} (their status of that day, on the roadmap of that day). */
	private List<Finding> findings(List<FindingStatus> status, String unit, LocalDate day) {
		List<Finding> all = new ArrayList<>();
		String after = null;
		// a period that ends today or later: today's findings
		LocalDate asOf = day.isBefore(LocalDate.now(ZoneOffset.UTC)) ? day : null;
		do {
			Connection<Finding> page = this.findings.findings(status, null, unit, null, MAX_FINDINGS, after, asOf);
			page.edges().forEach((edge) -> all.add(edge.node()));
			after = page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null;
		}
		while (after != null);
		return all;
	}

	/**
	 * The note to one study group (or any body) for [since, until], as of until: the findings that concern its
	 * coordination unit, the statements it owes an answer to and its own awaiting one, its work added and
	 * published in the period.
	 */
	public StudyGroupNote note(String bodyId, LocalDate since, LocalDate until) {
		if (bodyId == null || bodyId.isBlank()) {
			throw ApiException.badRequest("body", "is required (the id of a study group)");
		}
		if (since == null) {
			throw ApiException.badRequest("since", "is required (YYYY-MM-DD)");
		}
		LocalDate end = until != null ? until : LocalDate.now(ZoneOffset.UTC);
		if (end.isBefore(since)) {
			throw ApiException.badRequest("until", "must not be before since (" + since + "), was " + end);
		}
		Body body = this.analysis.bodies(List.of(bodyId)).get(bodyId);
		if (body == null) {
			throw ApiException.notFound("body", "body", bodyId);
		}
		List<ItemRow> rows = this.asOf.rows(end);
		Roadmap roadmap = roadmap(rows, since, end);
		Set<String> own = rows.stream()
			.filter((row) -> row.ownerChain().contains(bodyId))
			.map((row) -> row.workItem().id())
			.collect(Collectors.toSet());
		List<LiaisonRow> concerning = this.repository.liaisons().stream()
			.filter((row) -> (row.sender() != null && row.sender().id().equals(bodyId))
					|| row.recipients().stream().anyMatch((party) -> party.id().equals(bodyId)))
			.toList();
		Liaisons liaisons = liaisons(concerning, since, end);
		List<LiaisonRow> toAnswer = liaisons.overdue.stream()
			.filter((row) -> row.recipients().stream().anyMatch((party) -> party.id().equals(bodyId)))
			.toList();
		List<LiaisonRow> awaiting = liaisons.awaiting.stream()
			.filter((row) -> row.sender().id().equals(bodyId))
			.toList();
		List<Finding> confirmed = section5(findings(List.of(FindingStatus.CONFIRMED, FindingStatus.REPORTED), bodyId, end),
				since, end, null);
		int underReview = (int) findings(List.of(FindingStatus.OPEN), bodyId, end).stream()
			.filter((finding) -> finding.pairs()
				.stream()
				.anyMatch((pair) -> roadmap.existing.contains(pair.a().id()) && roadmap.existing.contains(pair.b().id())))
			.count();
		List<WorkItem> added = roadmap.added.stream().filter((item) -> own.contains(item.id())).toList();
		List<WorkItem> published = roadmap.published.stream().filter((item) -> own.contains(item.id())).toList();
		String name = body.acronym() != null ? body.acronym() : body.name();
		String title = "Note from the JCA-MV to " + name + ", " + Writer.day(since) + " to " + Writer.day(end);
		Writer writer = new Writer(since, end, null, roadmap, liaisons, confirmed, underReview, List.of(), List.of(),
				List.of(), this.contact, MeetingRecordRow.NONE);
		List<Section> sections = new ArrayList<>();
		List<Block> findingBlocks = new ArrayList<>(writer.findingsSection().blocks());
		sections.add(new Section("1", "Issues requiring coordination that concern the work of " + name, findingBlocks));
		List<Block> liaisonBlocks = new ArrayList<>();
		writer.liaisonTable(liaisonBlocks, "Statements for action to " + name + " past their deadline and unanswered on "
				+ Writer.day(end), toAnswer, true);
		writer.liaisonTable(liaisonBlocks, "Statements of " + name + " for action still awaiting an answer on "
				+ Writer.day(end), awaiting, true);
		sections.add(new Section("2", "Liaison statements", liaisonBlocks));
		List<Block> itemBlocks = new ArrayList<>();
		writer.items(itemBlocks, "Added", added);
		writer.items(itemBlocks, "Published", published);
		sections.add(new Section("3", "The work of " + name + " in the roadmap in the period", itemBlocks));
		List<HeaderField> header = List.of(new HeaderField("Source", "JCA-MV"), new HeaderField("To", body.name()),
				new HeaderField("Title", title),
				new HeaderField("Purpose", confirmed.isEmpty() && toAnswer.isEmpty() ? "Information" : "Action"),
				new HeaderField("Contact", this.contact),
				new HeaderField("Abstract", confirmed.size() + " confirmed issues requiring coordination, "
						+ toAnswer.size() + " statements awaiting an answer of " + name + " past their deadline, "
						+ added.size() + " work items added and " + published.size() + " published."));
		ReportDocument document = new ReportDocument(header, title, sections);
		return new StudyGroupNote(since, end, body, document, confirmed, underReview,
				toAnswer.stream().map(LiaisonRow::liaison).toList(), awaiting.stream().map(LiaisonRow::liaison).toList(),
				added, published);
	}

	static boolean heldOn(RoleRow role, LocalDate day) {
		return (role.since() == null || role.since().startsOnOrBefore(day))
				&& (role.until() == null || !role.until().end().isBefore(day));
	}

	// ---------------------------------------------------------------------------------------------------------
	// The roadmap as of a day

	/** One work item as it stood on the day, with who owns it. */
	record AsOf(WorkItem item, String owner, String organisation) {
	}

	record Roadmap(Set<String> existing, List<AsOf> rows, List<WorkItem> added, List<WorkItem> published,
			List<WorkItemChange> changed, Map<String, AsOf> byId) {
	}

	/** The roadmap of the period from the work items as they stood at its end ({@link RoadmapAsOf#rows}). */
	static Roadmap roadmap(List<ItemRow> rows, LocalDate since, LocalDate until) {
		ZonedDateTime periodStart = since.atStartOfDay(ZoneOffset.UTC);
		ZonedDateTime periodEnd = until.plusDays(1).atStartOfDay(ZoneOffset.UTC);
		Set<String> existing = new LinkedHashSet<>();
		List<AsOf> kept = new ArrayList<>();
		Map<String, AsOf> byId = new TreeMap<>();
		List<WorkItem> added = new ArrayList<>();
		List<WorkItem> published = new ArrayList<>();
		List<WorkItemChange> changed = new ArrayList<>();
		for (ItemRow row : rows) {
			WorkItem item = row.workItem();
			existing.add(item.id());
			AsOf asOf = new AsOf(item, row.owner(), row.organisation());
			kept.add(asOf);
			byId.put(item.id(), asOf);
			ItemChange created = created(row);
			boolean isNew = item.startDate() != null ? item.startDate().meets(since, until)
					: created != null && !created.at().isBefore(periodStart) && created.at().isBefore(periodEnd);
			if (isNew) {
				added.add(item);
			}
			if (item.publishedDate() != null && item.publishedDate().endsOnOrBefore(until)
					&& !item.publishedDate().endsOnOrBefore(since.minusDays(1))) {
				published.add(item);
			}
			if (!isNew) {
				Set<String> fields = new LinkedHashSet<>();
				ZonedDateTime last = null;
				String by = null;
				for (ItemChange change : row.changes()) {
					if ("UPDATED".equals(change.action()) && !change.at().isBefore(periodStart)
							&& change.at().isBefore(periodEnd)) {
						fields.addAll(change.fields());
						last = change.at();
						by = change.by();
					}
				}
				if (last != null) {
					changed.add(new WorkItemChange(item, last, by, List.copyOf(fields)));
				}
			}
		}
		return new Roadmap(existing, kept, added, published, changed, byId);
	}

	private static ItemChange created(ItemRow row) {
		return row.changes().stream().filter((change) -> "CREATED".equals(change.action())).findFirst().orElse(null);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Liaisons as of a day

	record Liaisons(List<LiaisonRow> received, List<LiaisonRow> sent, List<LiaisonRow> ituT, List<LiaisonRow> overdue,
			List<LiaisonRow> awaiting) {
	}

	static Liaisons liaisons(List<LiaisonRow> rows, LocalDate since, LocalDate until) {
		List<LiaisonRow> received = new ArrayList<>();
		List<LiaisonRow> sent = new ArrayList<>();
		List<LiaisonRow> ituT = new ArrayList<>();
		List<LiaisonRow> overdue = new ArrayList<>();
		List<LiaisonRow> awaiting = new ArrayList<>();
		for (LiaisonRow row : rows) {
			Liaison liaison = row.liaison();
			LocalDate sentOn = liaison.sentOn();
			if (sentOn != null && sentOn.isAfter(until)) {
				continue;
			}
			boolean inPeriod = sentOn != null && !sentOn.isBefore(since);
			boolean fromUs = row.sender() != null && JCA_MV.equals(row.sender().id());
			boolean toUs = row.recipients().stream().anyMatch((party) -> JCA_MV.equals(party.id()));
			if (inPeriod) {
				if (toUs) {
					received.add(row);
				}
				else if (fromUs) {
					sent.add(row);
				}
				else if ((row.sender() != null && row.sender().ituT())
						|| row.recipients().stream().anyMatch(Party::ituT)) {
					ituT.add(row);
				}
			}
			if (LiaisonObligations.overdue(row, until, null)) {
				overdue.add(row);
			}
			else if (LiaisonObligations.awaiting(row, until)
					&& (liaison.deadline() == null || !liaison.deadline().isBefore(since))) {
				// still open in the period: a deadline that passed before it began is history, not news
				awaiting.add(row);
			}
		}
		return new Liaisons(received, sent, ituT, overdue, awaiting);
	}

	// ---------------------------------------------------------------------------------------------------------
	// The document

	private record Writer(LocalDate since, LocalDate until, Meeting meeting, Roadmap roadmap, Liaisons liaisons,
			List<Finding> confirmed, int underReview, List<RoleRow> roles, List<Meeting> next,
			List<Contribution> contributions, String contact, MeetingRecordRow record) {

		ReportDocument document() {
			List<RoleRow> chairs = this.roles.stream().filter((role) -> "CHAIR".equals(role.kind())).toList();
			String title = this.meeting != null
					? "Executive summary of the " + Character.toLowerCase(this.meeting.title().charAt(0))
							+ this.meeting.title().substring(1) + " (" + place() + ", "
							+ day(this.meeting.start().toLocalDate()) + ")"
					: "Report of the JCA-MV to TSAG, " + day(this.since) + " to " + day(this.until);
			boolean action = this.confirmed.stream().anyMatch((f) -> f.proposedAction() != null);
			List<HeaderField> header = List.of(
					new HeaderField("Source", chairs.isEmpty() ? "Co-chairs of the JCA-MV"
							: "Co-chairs of the JCA-MV (" + chairs.stream().map(RoleRow::name).collect(Collectors.joining(", ")) + ")"),
					new HeaderField("Title", title),
					new HeaderField("Purpose", action ? "Action" : "Information"),
					new HeaderField("Contact", this.contact),
					new HeaderField("Keywords", "JCA-MV; metaverse; coordination; roadmap; liaison statements"),
					new HeaderField("Abstract", abstractText()));
			List<Section> sections = new ArrayList<>();
			sections.add(meetingSection(chairs));
			sections.add(agendaSection());
			sections.add(liaisonSection());
			sections.add(roadmapSection());
			sections.add(findingsSection());
			sections.add(contactsSection());
			sections.add(futureSection());
			sections.add(annex());
			return new ReportDocument(header, title, sections);
		}

		private String abstractText() {
			StringBuilder text = new StringBuilder("This document reports ");
			text.append(this.meeting != null ? "the results of the meeting of the JCA-MV held on "
					+ day(this.meeting.start().toLocalDate()) + " and " : "");
			text.append("the coordination of metaverse standardization from ").append(day(this.since)).append(" to ")
				.append(day(this.until)).append(": ").append(this.roadmap.added.size()).append(" work items added to the roadmap, ")
				.append(this.roadmap.published.size()).append(" published, ")
				.append(this.liaisons.overdue.size()).append(" incoming liaison statements awaiting an ITU-T answer past their deadline, and ")
				.append(this.confirmed.size()).append(" confirmed issues requiring coordination.");
			return text.toString();
		}

		private String place() {
			return this.meeting.location() != null ? this.meeting.location() : "place not recorded";
		}

		private Section meetingSection(List<RoleRow> chairs) {
			List<Block> blocks = new ArrayList<>();
			if (this.meeting == null) {
				blocks.add(Block.text("This report covers a period, not one meeting."));
				return new Section("1", "The meeting", blocks);
			}
			Meeting m = this.meeting;
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of("Date", day(m.start().toLocalDate()) + ", " + m.start().toLocalTime() + "-"
					+ m.end().toLocalTime() + " (UTC" + m.start().getOffset() + ")"));
			rows.add(List.of("Place", place() + (m.mode() != null ? " (" + m.mode().name().toLowerCase(Locale.ROOT) + ")" : "")));
			rows.add(List.of("Collocated with", m.collocatedWith() != null ? m.collocatedWith() : "not recorded"));
			rows.add(List.of("Chairs", chairs.isEmpty() ? "not recorded"
					: chairs.stream().map((c) -> c.name() + (c.affiliation() != null ? " (" + c.affiliation() + ")" : ""))
						.collect(Collectors.joining("; "))));
			blocks.add(Block.table(List.of("", ""), rows));
			participation(blocks);
			return new Section("1", "The meeting", blocks);
		}

		/** How many took part, from which organisations: named participants and counts together. */
		private void participation(List<Block> blocks) {
			List<ParticipantRow> named = this.record.participants();
			List<CountRow> counted = this.record.counts();
			if (named.isEmpty() && counted.isEmpty()) {
				blocks.add(Block.text("Participation: not recorded (neither the participants nor their number)."));
				return;
			}
			Map<String, Integer> byOrganisation = new java.util.LinkedHashMap<>();
			named.forEach((p) -> byOrganisation.merge(p.counted(), 1, Integer::sum));
			counted.forEach((c) -> byOrganisation.merge(c.organisation(), c.count(), Integer::sum));
			int total = byOrganisation.values().stream().mapToInt(Integer::intValue).sum();
			blocks.add(Block.text("Participation: " + total + (total == 1 ? " participant" : " participants") + " from "
					+ byOrganisation.size() + (byOrganisation.size() == 1 ? " organisation" : " organisations")
					+ (named.isEmpty() ? " (names not recorded)"
							: counted.isEmpty() ? " (the participants are listed in the annex)"
									: " (" + named.size() + " named in the annex, " + (total - named.size())
											+ " counted without names)")
					+ "."));
			blocks.add(Block.table(List.of("Organisation", "Participants"), byOrganisation.entrySet()
				.stream()
				.map((e) -> List.of(e.getKey(), Integer.toString(e.getValue())))
				.toList()));
		}

		private Section agendaSection() {
			List<Block> blocks = new ArrayList<>();
			if (this.meeting == null || this.meeting.agenda() == null || this.meeting.agenda().isEmpty()) {
				blocks.add(Block.text("No meeting results are recorded for the period."));
				return new Section("2", "Results per agenda item", blocks);
			}
			List<AgendaRow> agenda = this.record.agenda();
			if (agenda.stream().noneMatch(AgendaRow::hasResults)) {
				blocks.add(Block.text("No summaries or decisions are recorded for the agenda items; the agenda was:"));
				blocks.add(Block.table(List.of("Item", "Title"), this.meeting.agenda()
					.stream()
					.map((item) -> List.of(item.number(), item.title()))
					.toList()));
			}
			else {
				blocks.add(Block.table(List.of("Item", "Title", "Summary", "Decisions"), agenda.stream()
					.filter(AgendaRow::hasResults)
					.map((item) -> List.of(item.number(), item.title(),
							item.summary() != null ? item.summary() : "not recorded",
							item.decisions().isEmpty() ? "none recorded" : decisions(item.decisions())))
					.toList()));
				List<List<String>> taken = new ArrayList<>();
				for (AgendaRow item : agenda) {
					for (TakenRow liaison : item.liaisons()) {
						taken.add(List.of(item.number(), liaison.title(), liaison.from() != null ? liaison.from() : "",
								liaison.sentOn() != null ? liaison.sentOn().toString() : "not sent yet",
								"APPROVED".equals(liaison.outcome()) ? "approved" : "considered"));
					}
				}
				if (taken.isEmpty()) {
					blocks.add(Block.text("Liaison statements considered or approved: none recorded."));
				}
				else {
					blocks.add(Block.text("Liaison statements considered or approved, by agenda item:"));
					blocks.add(Block.table(List.of("Item", "Liaison statement", "From", "Sent", "Outcome"), taken));
				}
				List<String> silent = agenda.stream().filter((item) -> !item.hasResults()).map(AgendaRow::number).toList();
				if (!silent.isEmpty()) {
					blocks.add(Block.text("Nothing is recorded for agenda item" + (silent.size() == 1 ? " " : "s ")
							+ String.join(", ", silent) + "."));
				}
			}
			List<ActionRow> actions = this.record.actions();
			if (actions.isEmpty()) {
				blocks.add(Block.text("Action items: none recorded."));
			}
			else {
				blocks.add(Block.text("Action items:"));
				blocks.add(Block.table(List.of("Action", "Who", "Due", "Status", "Item"), actions.stream()
					.map((a) -> List.of(a.description(),
							a.person() != null ? a.person() + (a.holder() != null ? " (" + a.holder() + ")" : "")
									: a.holder() != null ? a.holder() : "",
							a.due() != null ? a.due().toString() : "", lower(a.status()),
							a.agendaItem() != null ? a.agendaItem() : ""))
					.toList()));
			}
			return new Section("2", "Results per agenda item", blocks);
		}

		private static String decisions(List<String> decisions) {
			if (decisions.size() == 1) {
				return decisions.get(0);
			}
			List<String> numbered = new ArrayList<>();
			for (int i = 0; i < decisions.size(); i++) {
				numbered.add((i + 1) + ") " + decisions.get(i));
			}
			return String.join(" ", numbered);
		}

		private static String lower(String code) {
			return code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.ROOT);
		}

		private Section liaisonSection() {
			List<Block> blocks = new ArrayList<>();
			liaisonTable(blocks, "Received by the JCA-MV in the period", this.liaisons.received, false);
			liaisonTable(blocks, "Sent by the JCA-MV in the period", this.liaisons.sent, false);
			liaisonTable(blocks, "Other liaison statements of ITU-T groups in the period", this.liaisons.ituT, false);
			liaisonTable(blocks, "Statements for action to the ITU-T side past their deadline and unanswered on "
					+ day(this.until), this.liaisons.overdue, true);
			liaisonTable(blocks, "For information: statements for action of ITU-T groups still awaiting an answer on "
					+ day(this.until), this.liaisons.awaiting, true);
			return new Section("3", "Liaison statements received and sent", blocks);
		}

		void liaisonTable(List<Block> blocks, String heading, List<LiaisonRow> rows, boolean deadline) {
			if (rows.isEmpty()) {
				blocks.add(Block.text(heading + ": none."));
				return;
			}
			blocks.add(Block.text(heading + ":"));
			List<List<String>> table = new ArrayList<>();
			for (LiaisonRow row : rows) {
				Liaison l = row.liaison();
				// the state of the period's end, from the dated workflow moves (received, assigned, noted...)
				String state = LiaisonObligations.stateOn(row, this.until);
				List<String> cells = new ArrayList<>(List.of(l.title(), row.sender() != null ? row.sender().name() : "",
						row.recipients().stream().map(Party::name).collect(Collectors.joining(", ")),
						l.sentOn() != null ? l.sentOn().toString() : "not recorded",
						l.purpose() != null ? l.purpose().name().toLowerCase(Locale.ROOT) : "",
						state != null ? state.replace('_', ' ').toLowerCase(Locale.ROOT) : "sent"));
				if (deadline) {
					cells.add(l.deadline() != null ? l.deadline().toString() : "none");
				}
				table.add(cells);
			}
			List<String> columns = new ArrayList<>(List.of("Title", "From", "To", "Sent", "For", "State on " + this.until));
			if (deadline) {
				columns.add("Deadline");
			}
			blocks.add(Block.table(columns, table));
		}

		private Section roadmapSection() {
			List<Block> blocks = new ArrayList<>();
			blocks.add(Block.text("The roadmap as it stood on " + day(this.until) + ": " + this.roadmap.rows.size()
					+ " work items. In the period: " + this.roadmap.added.size() + " added, "
					+ this.roadmap.published.size() + " published, " + this.roadmap.changed.size() + " changed."));
			Map<String, int[]> counts = new TreeMap<>();
			count(counts, this.roadmap.added, 0);
			count(counts, this.roadmap.published, 1);
			count(counts, this.roadmap.changed.stream().map(WorkItemChange::workItem).toList(), 2);
			if (!counts.isEmpty()) {
				blocks.add(Block.table(List.of("Organisation", "Added", "Published", "Changed"), counts.entrySet()
					.stream()
					.map((e) -> List.of(e.getKey(), Integer.toString(e.getValue()[0]), Integer.toString(e.getValue()[1]),
							Integer.toString(e.getValue()[2])))
					.toList()));
			}
			items(blocks, "Added", this.roadmap.added);
			items(blocks, "Published", this.roadmap.published);
			if (this.roadmap.changed.isEmpty()) {
				blocks.add(Block.text("Changed: none recorded."));
			}
			else {
				blocks.add(Block.text("Changed:"));
				blocks.add(Block.table(List.of("Work item", "Owner", "Status", "Fields changed", "Last change"),
						this.roadmap.changed.stream()
							.map((c) -> List.of(label(c.workItem()), owner(c.workItem()), status(c.workItem()),
									String.join(", ", c.fields()), c.at().toLocalDate().toString()))
							.toList()));
			}
			return new Section("4", "The roadmap in the period", blocks);
		}

		private void count(Map<String, int[]> counts, List<WorkItem> items, int column) {
			for (WorkItem item : items) {
				AsOf row = this.roadmap.byId.get(item.id());
				String organisation = row != null && row.organisation() != null ? row.organisation() : "unknown";
				counts.computeIfAbsent(organisation, (key) -> new int[3])[column]++;
			}
		}

		void items(List<Block> blocks, String heading, List<WorkItem> items) {
			if (items.isEmpty()) {
				blocks.add(Block.text(heading + ": none."));
				return;
			}
			blocks.add(Block.text(heading + ":"));
			blocks.add(Block.table(List.of("Work item", "Owner", "Status", "Started", "Published"), items.stream()
				.map((item) -> List.of(label(item), owner(item), status(item),
						item.startDate() != null ? item.startDate().toString() : "",
						item.publishedDate() != null ? item.publishedDate().toString() : ""))
				.toList()));
		}

		Section findingsSection() {
			List<Block> blocks = new ArrayList<>();
			if (this.confirmed.isEmpty()) {
				blocks.add(Block.text("No issue requiring coordination has been confirmed by the JCA-MV."));
			}
			for (Finding finding : this.confirmed) {
				String prose = finding.statement() + (finding.proposedAction() != null
						? " Proposed action: " + finding.proposedAction() : "");
				blocks.add(Block.text((finding.status() == FindingStatus.REPORTED ? "[Reported] " : "") + prose));
			}
			blocks.add(Block.text(this.underReview + " further possible issues, found in the roadmap as it stood on "
					+ day(this.until) + ", are still under review by the JCA-MV."));
			return new Section("5", "Issues requiring coordination", blocks);
		}

		private Section contactsSection() {
			List<Block> blocks = new ArrayList<>();
			List<RoleRow> others = this.roles.stream().filter((role) -> !"CHAIR".equals(role.kind())).toList();
			if (others.isEmpty()) {
				blocks.add(Block.text("No contact points or liaison representatives of the JCA-MV are recorded."));
			}
			else {
				blocks.add(Block.table(List.of("Role", "Name", "Organisation", "Since"), others.stream()
					.map((r) -> List.of(r.kind().replace('_', ' ').toLowerCase(Locale.ROOT), r.name(),
							r.affiliation() != null ? r.affiliation() : "", r.since() != null ? r.since().toString() : ""))
					.toList()));
			}
			if (this.meeting != null) {
				List<AppointmentRow> appointed = this.record.appointments();
				if (appointed.isEmpty()) {
					blocks.add(Block.text("Representatives appointed at the meeting: none recorded."));
				}
				else {
					blocks.add(Block.text("Representatives appointed at the meeting:"));
					blocks.add(Block.table(List.of("Name", "Role", "Towards", "Organisation", "Item"), appointed.stream()
						.map((a) -> List.of(a.name() != null ? a.name() : "", lower(a.kind()),
								a.body() != null ? a.body() : "", a.affiliation() != null ? a.affiliation() : "",
								a.agendaItem() != null ? a.agendaItem() : ""))
						.toList()));
				}
			}
			return new Section("6", "Contacts and liaison representatives appointed", blocks);
		}

		private Section futureSection() {
			List<Block> blocks = new ArrayList<>();
			if (this.next.isEmpty()) {
				blocks.add(Block.text("No future meeting is recorded."));
			}
			for (Meeting m : this.next) {
				blocks.add(Block.text(day(m.start().toLocalDate()) + ": " + m.title()
						+ (m.location() != null ? ", " + m.location() : "")
						+ (m.collocatedWith() != null ? " (collocated with " + m.collocatedWith() + ")" : "") + "."
						+ m.deadlines().stream().map((d) -> " " + lower(d.kind()).substring(0, 1).toUpperCase(Locale.ROOT)
								+ lower(d.kind()).substring(1) + " due " + day(d.due()) + ".").collect(Collectors.joining())));
			}
			return new Section("7", "Future meetings", blocks);
		}

		private Section annex() {
			List<Block> blocks = new ArrayList<>();
			List<OutputRow> outputs = this.record.outputs();
			if (this.contributions.isEmpty() && outputs.isEmpty()) {
				blocks.add(Block.text("No documents of the meeting are recorded."));
			}
			else if (this.contributions.isEmpty()) {
				blocks.add(Block.text("Contributions: none recorded."));
			}
			else {
				blocks.add(Block.text("Contributions:"));
				blocks.add(Block.table(List.of("Number", "Title", "Submitted", "Agenda item"), this.contributions.stream()
					.map((c) -> List.of(c.number() != null ? c.number() : "", c.title(),
							c.submittedOn() != null ? c.submittedOn().toString() : "",
							c.agendaItem() != null ? c.agendaItem() : ""))
					.toList()));
			}
			if (!outputs.isEmpty()) {
				blocks.add(Block.text("Outputs of the meeting:"));
				blocks.add(Block.table(List.of("Number", "Title", "Kind", "Liaison statement"), outputs.stream()
					.map((o) -> List.of(o.number() != null ? o.number() : "", o.title(), lower(o.kind()),
							o.liaison() != null ? o.liaison() : ""))
					.toList()));
			}
			else if (!this.contributions.isEmpty()) {
				blocks.add(Block.text("Outputs of the meeting: none recorded."));
			}
			if (!this.record.participants().isEmpty()) {
				blocks.add(Block.text("Participants:"));
				blocks.add(Block.table(List.of("Name", "Organisation"), this.record.participants()
					.stream()
					.map((p) -> List.of(p.name() != null ? p.name() : "", p.counted()))
					.toList()));
			}
			return new Section("Annex", "Documents of the meeting", blocks);
		}

		String owner(WorkItem item) {
			AsOf row = this.roadmap.byId.get(item.id());
			return row != null && row.owner() != null ? row.owner() : "";
		}

		private static String label(WorkItem item) {
			return item.designation() != null ? item.designation() + ": " + item.title() : item.title();
		}

		private static String status(WorkItem item) {
			return item.status() == null ? "" : item.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
		}

		static String day(LocalDate date) {
			return date.format(LONG_DATE);
		}

	}


}
