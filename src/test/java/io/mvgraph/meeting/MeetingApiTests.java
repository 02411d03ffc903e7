package io.mvgraph.meeting;

import java.util.List;

import io.mvgraph.support.ApiTestSupport;
import io.mvgraph.support.CypherStatementCounter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings, agendas, deadlines, contributions and the period a meeting reports on. */
class MeetingApiTests extends ApiTestSupport {

	@BeforeAll
	void coordinationGraph() {
		resetGraph();
		importDataset("fixtures/coordination.json");
	}

	@Test
	void shouldReturnAMeetingWithItsAgendaDeadlinesAndContributions() {
		anonymous().document("""
				{ meeting(id: "jca-1") {
				    title body { id } start end location mode collocatedWith
				    agenda { number title } deadlines { kind due }
				    contributions { id number title submittedOn agendaItem late source { id } meeting { id } }
				    lateContributions { id }
				} }""")
			.execute()
			.path("meeting.body.id").entity(String.class).isEqualTo("jca")
			// local time, with its offset kept
			.path("meeting.start").entity(String.class).isEqualTo("2025-10-09T11:15:00.000+02:00")
			.path("meeting.end").entity(String.class).isEqualTo("2025-10-09T13:15:00.000+02:00")
			.path("meeting.mode").entity(String.class).isEqualTo("HYBRID")
			.path("meeting.agenda[*].number").entityList(String.class).containsExactly("1", "6", "8")
			.path("meeting.deadlines[*].kind").entityList(String.class).containsExactly("CONTRIBUTIONS", "REGISTRATION")
			.path("meeting.deadlines[0].due").entity(String.class).isEqualTo("2025-09-30")
			.path("meeting.contributions[*].number").entityList(String.class).containsExactly("C-001", "C-002", "C-003")
			.path("meeting.contributions[*].late").entityList(Boolean.class).containsExactly(false, true, false)
			.path("meeting.contributions[0].source.id").entity(String.class).isEqualTo("sg21")
			.path("meeting.contributions[2].source").valueIsNull()
			.path("meeting.contributions[0].meeting.id").entity(String.class).isEqualTo("jca-1")
			.path("meeting.lateContributions[*].id").entityList(String.class).containsExactly("jca-1-c2");
	}

	@Test
	void shouldListUpcomingAndPastMeetings() {
		// not over yet: SG21's meeting is under way, the JCA-MV's is about to end
		assertThat(meetings("upcoming: true, asOf: \"2025-10-09T13:00:00+02:00\"")).containsExactly("sg21-2025-10", "jca-1", "jca-2");
		// 13:15 in Geneva is 11:15 UTC: by 11:16 UTC the first JCA-MV meeting is over
		assertThat(meetings("upcoming: true, asOf: \"2025-10-09T11:16:00Z\"")).containsExactly("sg21-2025-10", "jca-2");
		assertThat(meetings("upcoming: true, asOf: \"2025-10-18T00:00:00Z\"")).containsExactly("jca-2");
		assertThat(meetings("upcoming: false, asOf: \"2026-06-01T00:00:00Z\"")).containsExactly("jca-2", "jca-1", "sg21-2025-10");
		assertThat(meetings("body: \"jca\"")).containsExactly("jca-1", "jca-2");
		assertThat(meetings("")).containsExactly("sg21-2025-10", "jca-1", "jca-2");
	}

	@Test
	void shouldGiveThePeriodAMeetingReportsOn() {
		anonymous().document("""
				{ first: meeting(id: "jca-1") { previous { id } next { id } reportPeriod { since until } }
				  second: meeting(id: "jca-2") { previous { id } next { id } reportPeriod { since until } } }""")
			.execute()
			.path("first.previous").valueIsNull()
			.path("first.next.id").entity(String.class).isEqualTo("jca-2")
			.path("first.reportPeriod.since").valueIsNull()
			.path("first.reportPeriod.until").entity(String.class).isEqualTo("2025-10-09")
			.path("second.previous.id").entity(String.class).isEqualTo("jca-1")
			.path("second.next").valueIsNull()
			.path("second.reportPeriod.since").entity(String.class).isEqualTo("2025-10-09")
			.path("second.reportPeriod.until").entity(String.class).isEqualTo("2026-01-20");
	}

	@Test
	void shouldReturnAContributionById() {
		anonymous().document("{ contribution(id: \"jca-2-c1\") { number late source { id } meeting { id title } } }")
			.execute()
			.path("contribution.number").entity(String.class).isEqualTo("C-001")
			.path("contribution.late").entity(Boolean.class).isEqualTo(false)
			.path("contribution.meeting.title").entity(String.class).isEqualTo("JCA-MV meeting 2");
		anonymous().document("{ contribution(id: \"nope\") { id } }").execute().errors()
			.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("code", "NOT_FOUND"));
	}

	@Test
	void shouldReadMeetingsInABoundedNumberOfStatements() {
		String query = """
				{ meetings(first: %d) { id body { id } agenda { number } previous { id } reportPeriod { since }
				  contributions { id source { id } meeting { id } } lateContributions { id } } }""";
		int one = CypherStatementCounter.count(() -> anonymous().document(query.formatted(2)).execute()
			.path("meetings[1].contributions[0].source.id").entity(String.class).isEqualTo("sg21"));
		int all = CypherStatementCounter.count(() -> anonymous().document(query.formatted(100)).execute()
			.path("meetings").entityList(Object.class).hasSize(3));
		assertThat(all).isEqualTo(one);
	}

	private List<String> meetings(String arguments) {
		String args = arguments.isEmpty() ? "" : "(" + arguments + ")";
		return anonymous().document("{ meetings" + args + " { id } }")
			.execute()
			.path("meetings[*].id")
			.entityList(String.class)
			.get();
	}

}
