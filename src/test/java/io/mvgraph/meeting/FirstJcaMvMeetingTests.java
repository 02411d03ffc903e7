package io.mvgraph.meeting;

import io.mvgraph.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference data holds the first JCA-MV meeting of TSB Circular 60, with its 15 agenda items. */
class FirstJcaMvMeetingTests extends ApiTestSupport {

	@BeforeAll
	void referenceData() {
		loadReferenceData();
	}

	@Test
	void shouldReturnTheFirstJcaMvMeetingAndItsAgenda() {
		anonymous().document("""
				{ meetings(body: "itu-t-jca-mv") {
				    id title start end location mode collocatedWith body { acronym }
				    agenda { number title } deadlines { kind due } reportPeriod { since until }
				} }""")
			.execute()
			.path("meetings[*].id").entityList(String.class).containsExactly("itu-t-jca-mv-2025-10-09")
			.path("meetings[0].body.acronym").entity(String.class).isEqualTo("JCA-MV")
			// Geneva local time, CEST
			.path("meetings[0].start").entity(String.class).isEqualTo("2025-10-09T11:15:00.000+02:00")
			.path("meetings[0].end").entity(String.class).isEqualTo("2025-10-09T13:15:00.000+02:00")
			.path("meetings[0].location").entity(String.class).isEqualTo("Geneva, Switzerland")
			.path("meetings[0].collocatedWith").entity(String.class).isEqualTo("ITU-T Study Group 21 meeting, Geneva, 6-17 October 2025")
			.path("meetings[0].agenda").entityList(Object.class).hasSize(15)
			.path("meetings[0].agenda[*].number").entityList(String.class)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15")
			.path("meetings[0].agenda[0].title").entity(String.class).isEqualTo("Opening of the meeting")
			.path("meetings[0].agenda[5].title").entity(String.class).isEqualTo("Incoming liaison statements")
			.path("meetings[0].agenda[9].title").entity(String.class).isEqualTo("Appointment of JCA-MV liaison representatives")
			.path("meetings[0].agenda[10].title").entity(String.class).isEqualTo("Approval of outgoing liaison statements")
			.path("meetings[0].agenda[14].title").entity(String.class).isEqualTo("Closing of the meeting")
			.path("meetings[0].deadlines[*].kind").entityList(String.class).containsExactly("CONTRIBUTIONS", "REGISTRATION")
			.path("meetings[0].deadlines[*].due").entityList(String.class).containsExactly("2025-09-30", "2025-10-07")
			.path("meetings[0].reportPeriod.until").entity(String.class).isEqualTo("2025-10-09");
	}

	@Test
	void shouldNameTheCoChairsOfTheJcaMv() {
		anonymous().document("{ body(id: \"itu-t-jca-mv\") { contacts { kind person { name affiliation countryName email } } } }")
			.execute()
			.path("body.contacts[*].kind").entityList(String.class).containsExactly("CHAIR", "CHAIR")
			.path("body.contacts[*].person.name").entityList(String.class).containsExactly("Muath AlRumayh", "Shin-Gak Kang")
			.path("body.contacts[1].person.countryName").entity(String.class).isEqualTo("South Korea");
	}

}
