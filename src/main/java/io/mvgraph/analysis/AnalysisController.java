package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import io.mvgraph.body.BodyKind;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.liaison.LiaisonPurpose;
import io.mvgraph.meeting.Meeting;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The analysis queries of the schema ({@code schema/analysis.graphqls}). */
@Controller
class AnalysisController {

	private final OverlapService overlaps;

	private final GapService gaps;

	private final TsagReportService reports;

	private final FindingService findings;

	AnalysisController(OverlapService overlaps, GapService gaps, TsagReportService reports, FindingService findings) {
		this.overlaps = overlaps;
		this.gaps = gaps;
		this.reports = reports;
		this.findings = findings;
	}

	@QueryMapping
	io.mvgraph.api.Connection<Finding> findings(@Argument List<FindingStatus> status, @Argument List<FindingScope> scope,
			@Argument String unit, @Argument String topic, @Argument Integer first, @Argument String after,
			@Argument LocalDate asOf, DataFetchingEnvironment environment) {
		return this.findings.findings(status, scope, unit, topic, first, after, asOf, request(environment));
	}

	@QueryMapping
	Finding finding(@Argument String id, DataFetchingEnvironment environment) {
		return this.findings.finding(id, request(environment));
	}

	@QueryMapping
	List<Overlap> overlaps(@Argument Double minScore, @Argument String topic, @Argument String body,
			@Argument Integer first, @Argument Boolean includeInternal, @Argument LocalDate asOf,
			DataFetchingEnvironment environment) {
		return this.overlaps.overlaps(minScore, topic, body, first, includeInternal, asOf, request(environment));
	}

	@QueryMapping
	List<Overlap> coordinationGaps(@Argument Double minScore, @Argument Integer first, @Argument String topic,
			@Argument String body, @Argument LocalDate asOf, DataFetchingEnvironment environment) {
		return this.overlaps.coordinationGaps(minScore, topic, body, first, asOf, request(environment));
	}

	private static OverlapService.Request request(DataFetchingEnvironment environment) {
		return new OverlapService.Request(environment.getSelectionSet(), environment.getGraphQlContext());
	}

	@QueryMapping
	List<TopicGap> topicGaps(@Argument List<TopicGapKind> kinds, @Argument LocalDate asOf,
			DataFetchingEnvironment environment) {
		return this.gaps.topicGaps(kinds, asOf, request(environment));
	}

	@QueryMapping
	Coverage coverage(@Argument String rootTopic, @Argument List<BodyKind> bodyKinds) {
		return this.gaps.coverage(rootTopic, bodyKinds);
	}

	@QueryMapping
	List<Liaison> overdueLiaisons(@Argument LocalDate asOf, @Argument List<LiaisonPurpose> purposes) {
		return this.gaps.overdueLiaisons(asOf, purposes);
	}

	@QueryMapping
	List<Liaison> awaitingReply(@Argument LocalDate asOf) {
		return this.gaps.awaitingReply(asOf);
	}

	@QueryMapping
	TsagReport tsagReport(@Argument LocalDate since, @Argument LocalDate until, @Argument Integer first) {
		return this.reports.report(since, until, first);
	}

	@QueryMapping
	StudyGroupNote studyGroupNote(@Argument String body, @Argument LocalDate since, @Argument LocalDate until) {
		return this.reports.note(body, since, until);
	}

	@SchemaMapping(typeName = "Meeting")
	TsagReport tsagReport(Meeting meeting, @Argument Integer first) {
		return this.reports.forMeeting(meeting.id(), first);
	}

}
