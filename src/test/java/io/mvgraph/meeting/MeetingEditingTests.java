package io.mvgraph.meeting;

import java.util.List;
import java.util.Map;

import io.mvgraph.support.CoordinationEditingSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing meetings and contributions: rules, roles, stale versions, refusals that change nothing. */
class MeetingEditingTests extends CoordinationEditingSupport {

	private static final String CREATE = """
			mutation($input: CreateMeetingInput!) { createMeeting(input: $input) {
			  id start end mode body { id } agenda { number title } deadlines { kind due } version previous { id } } }""";

	private static final String UPDATE = """
			mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
			  updateMeeting(id: $id, version: $version, input: $input) { id title location agenda { number } version } }""";

	private static final String DELETE = "mutation($id: ID!, $version: Int!) { deleteMeeting(id: $id, version: $version) }";

	private static final String CONTRIBUTE = """
			mutation($input: CreateContributionInput!) { createContribution(input: $input) {
			  id number late source { id } meeting { id } provenance version } }""";

	private static final String UPDATE_CONTRIBUTION = """
			mutation($id: ID!, $version: Int!, $input: UpdateContributionInput!) {
			  updateContribution(id: $id, version: $version, input: $input) { id agendaItem late version } }""";

	private static final String DELETE_CONTRIBUTION = """
			mutation($id: ID!, $version: Int!) { deleteContribution(id: $id, version: $version) }""";

	private static final Map<String, Object> THIRD = vars("id", "jca-3", "title", "JCA-MV meeting 3", "body", "jca",
			"start", "2026-04-28T14:00:00+09:00", "end", "2026-04-28T17:00:00+09:00", "location", "Seoul",
			"mode", "HYBRID", "collocatedWith", "SG17, 21-30 April 2026",
			"agenda", List.of(vars("number", "1", "title", "Opening"), vars("number", "2", "title", "Contributions")),
			"deadlines", List.of(vars("kind", "CONTRIBUTIONS", "due", "2026-04-14")));

	@BeforeEach
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldCreateAMeetingAndTakeContributions() {
		as("editor").document(CREATE).variable("input", THIRD).execute()
			.path("createMeeting.start").entity(String.class).isEqualTo("2026-04-28T14:00:00.000+09:00")
			.path("createMeeting.agenda[*].number").entityList(String.class).containsExactly("1", "2")
			.path("createMeeting.deadlines[0].due").entity(String.class).isEqualTo("2026-04-14")
			.path("createMeeting.previous.id").entity(String.class).isEqualTo("jca-2")
			.path("createMeeting.version").entity(Integer.class).isEqualTo(1);
		as("editor").document(CONTRIBUTE)
			.variable("input", vars("id", "jca-3-c1", "meeting", "jca-3", "number", "C-001", "title", "Avatar overlaps",
					"source", "sg21", "submittedOn", "2026-04-20", "agendaItem", "2", "provenance", "mailing list"))
			.execute()
			.path("createContribution.late").entity(Boolean.class).isEqualTo(true)
			.path("createContribution.source.id").entity(String.class).isEqualTo("sg21")
			.path("createContribution.provenance").entity(String.class).isEqualTo("mailing list");
		anonymous().document("{ meeting(id: \"jca-3\") { lateContributions { id } reportPeriod { since until } } }")
			.execute()
			.path("meeting.lateContributions[*].id").entityList(String.class).containsExactly("jca-3-c1")
			.path("meeting.reportPeriod.since").entity(String.class).isEqualTo("2026-01-21")
			.path("meeting.reportPeriod.until").entity(String.class).isEqualTo("2026-04-28");
		assertThat(historyActions("jca-3")).containsExactly("CREATED");
		assertThat(historyActions("jca-3-c1")).containsExactly("CREATED");
	}

	@Test
	void shouldRefuseBadMeetingsAndChangeNothing() {
		assertRefused(as("editor"), CREATE, vars("input", with(THIRD, "end", "2026-04-28T13:00:00+09:00")),
				"BAD_REQUEST", "input.end");
		assertRefused(as("editor"), CREATE, vars("input", with(THIRD, "body", "atlantis")), "NOT_FOUND", "input.body");
		assertRefused(as("editor"), CREATE, vars("input", with(THIRD, "id", "jca-1")), "CONFLICT", "input.id");
		assertRefused(as("editor"), CREATE, vars("input", with(THIRD, "agenda",
				List.of(vars("number", "1", "title", "A"), vars("number", "1", "title", "B")))), "BAD_REQUEST",
				"input.agenda[1].number");
		assertRefused(as("editor"), CREATE, vars("input", with(THIRD, "deadlines",
				List.of(vars("kind", "late stuff", "due", "2026-04-14")))), "BAD_REQUEST", "input.deadlines[0].kind");
		assertRefused(anonymous(), CREATE, vars("input", THIRD), "UNAUTHORIZED", null);
		assertRefused(as("analyst"), CREATE, vars("input", THIRD), "FORBIDDEN", null);
	}

	@Test
	void shouldUpdateAMeetingButKeepTheAgendaItemsContributionsAreFor() {
		as("editor").document(UPDATE)
			.variable("id", "jca-1").variable("version", 1).variable("input", vars("location", "Geneva, CICG"))
			.execute()
			.path("updateMeeting.location").entity(String.class).isEqualTo("Geneva, CICG")
			.path("updateMeeting.agenda[*].number").entityList(String.class).containsExactly("1", "6", "8")
			.path("updateMeeting.version").entity(Integer.class).isEqualTo(2);
		assertRefused(as("editor"), UPDATE, vars("id", "jca-1", "version", 2, "input",
				vars("agenda", List.of(vars("number", "1", "title", "Opening")))), "CONFLICT", "input.agenda");
		assertRefused(as("editor"), UPDATE, vars("id", "jca-1", "version", 1, "input", vars("title", "Stale")),
				"CONFLICT", "version");
		assertRefused(as("editor"), UPDATE, vars("id", "jca-1", "version", 2, "input", vars("mode", null)),
				"BAD_REQUEST", "input.mode");
	}

	@Test
	void shouldRefuseAContributionOffTheAgendaOrWithATakenNumber() {
		Map<String, Object> contribution = vars("id", "jca-1-c9", "meeting", "jca-1", "number", "C-009",
				"title", "More", "submittedOn", "2025-09-20", "agendaItem", "8");
		assertRefused(as("editor"), CONTRIBUTE, vars("input", with(contribution, "agendaItem", "42")), "BAD_REQUEST",
				"input.agendaItem");
		assertRefused(as("editor"), CONTRIBUTE, vars("input", with(contribution, "number", "C-001")), "CONFLICT",
				"input.number");
		assertRefused(as("editor"), CONTRIBUTE, vars("input", with(contribution, "meeting", "jca-9")), "NOT_FOUND",
				"input.meeting");
		assertRefused(as("editor"), CONTRIBUTE, vars("input", with(contribution, "source", "mars")), "NOT_FOUND",
				"input.source");
		assertRefused(as("editor"), CONTRIBUTE, vars("input", with(contribution, "provenance", " ")), "BAD_REQUEST",
				"input.provenance");
		assertRefused(as("editor"), UPDATE_CONTRIBUTION, vars("id", "jca-1-c1", "version", 1, "input",
				vars("number", "C-002")), "CONFLICT", "input.number");
		as("editor").document(UPDATE_CONTRIBUTION)
			.variable("id", "jca-1-c2").variable("version", 1)
			.variable("input", vars("agendaItem", "6", "submittedOn", "2025-09-29"))
			.execute()
			.path("updateContribution.agendaItem").entity(String.class).isEqualTo("6")
			.path("updateContribution.late").entity(Boolean.class).isEqualTo(false)
			.path("updateContribution.version").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void shouldDeleteAMeetingOnlyOnceItsContributionsAreGone() {
		assertRefused(as("editor"), DELETE, vars("id", "jca-2", "version", 1), "CONFLICT", "id");
		as("editor").document(DELETE_CONTRIBUTION).variable("id", "jca-2-c1").variable("version", 1).execute()
			.path("deleteContribution").entity(String.class).isEqualTo("jca-2-c1");
		as("editor").document(DELETE).variable("id", "jca-2").variable("version", 1).execute()
			.path("deleteMeeting").entity(String.class).isEqualTo("jca-2");
		anonymous().document("{ meetings(body: \"jca\") { id } }").execute()
			.path("meetings[*].id").entityList(String.class).containsExactly("jca-1");
		assertThat(historyActions("jca-2")).containsExactly("DELETED", "CREATED");
		// created again under the same id, it has only its new agenda
		as("editor").document(CREATE).variable("input", with(THIRD, "id", "jca-2")).execute()
			.path("createMeeting.agenda[*].number").entityList(String.class).containsExactly("1", "2");
	}

}
