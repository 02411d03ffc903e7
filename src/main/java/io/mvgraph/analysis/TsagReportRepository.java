package io.mvgraph.analysis;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.mvgraph.api.CypherQueries;
import io.mvgraph.api.Graph;
import io.mvgraph.api.PartialDate;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.workitem.WorkItem;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The Cypher of the TSAG report: a few statements per report, whatever the size of the roadmap. */
@Repository
class TsagReportRepository {

	private final Graph graph;

	TsagReportRepository(Graph graph) {
		this.graph = graph;
	}

	/** One change of a work item through the service: the fields it changed, their values before and after. */
	record ItemChange(ZonedDateTime at, String action, String by, List<String> fields, List<String> before,
			List<String> after) {
	}

	/**
	 * A work item with its owner's name, organisation and line of bodies (the owner's id first) and its history.
	 * {@code topics}: the ids of its topics where a snapshot told them (the roadmap as of a day), else null (today's).
	 */
	record ItemRow(WorkItem workItem, String owner, String organisation, List<String> ownerChain, List<ItemChange> changes,
			List<String> topics) {

		ItemRow(WorkItem workItem, String owner, String organisation, List<String> ownerChain, List<ItemChange> changes) {
			this(workItem, owner, organisation, ownerChain, changes, null);
		}

		/** The id of the owner, or null. */
		String ownerId() {
			return this.ownerChain.isEmpty() ? null : this.ownerChain.get(0);
		}

	}

	/** A work item deleted through the service, with its history (the last change the deletion). */
	record DeletedRow(String id, List<ItemChange> changes) {
	}

	/** How the report names an owner. */
	record OwnerRow(String owner, String organisation, List<String> ownerChain) {
	}

	record Party(String id, String name, PartialDate until, boolean ituT) {

		/** Whether the body had ended by that day (its last day before it). */
		boolean endedBy(LocalDate day) {
			return this.until != null && this.until.end().isBefore(day);
		}

	}

	record StateChange(String state, LocalDate on) {
	}

	record LiaisonRow(Liaison liaison, Party sender, List<Party> recipients, List<StateChange> changes,
			List<StateChange> replies) {
	}

	record RoleRow(String name, String affiliation, String body, String kind, PartialDate since, PartialDate until,
			String note) {
	}

	record ParticipantRow(String name, String affiliation, String organisation, String body) {

		/** The organisation the participant is counted for: as recorded, else the body, else the affiliation. */
		String counted() {
			return this.organisation != null ? this.organisation
					: this.body != null ? this.body : this.affiliation != null ? this.affiliation : "not recorded";
		}

	}

	record CountRow(String organisation, String body, int count) {
	}

	record TakenRow(String title, String from, LocalDate sentOn, String outcome) {
	}

	record AgendaRow(String number, String title, String summary, List<String> decisions, List<TakenRow> liaisons) {

		boolean hasResults() {
			return this.summary != null || !this.decisions.isEmpty() || !this.liaisons.isEmpty();
		}

	}

	record OutputRow(String number, String title, String kind, String url, String liaison) {
	}

	record ActionRow(String description, String person, String holder, LocalDate due, String status, String agendaItem) {
	}

	record AppointmentRow(String name, String affiliation, String body, String kind, String agendaItem, String note) {
	}

	/** What a meeting recorded, with the names the report prints (tsag-meeting-record). */
	record MeetingRecordRow(List<ParticipantRow> participants, List<CountRow> counts, List<AgendaRow> agenda,
			List<OutputRow> outputs, List<ActionRow> actions, List<AppointmentRow> appointments) {

		static final MeetingRecordRow NONE = new MeetingRecordRow(List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of());

	}

	MeetingRecordRow meetingRecord(String meetingId) {
		return this.graph.client()
			.query(CypherQueries.get("tsag-meeting-record"))
			.bindAll(Map.of("meeting", meetingId))
			.fetchAs(MeetingRecordRow.class)
			.mappedBy((types, row) -> new MeetingRecordRow(
					row.get("participants").asList((p) -> new ParticipantRow(string(p.get("name")),
							string(p.get("affiliation")), string(p.get("organisation")), string(p.get("body")))),
					row.get("counts").asList((c) -> new CountRow(string(c.get("organisation")), string(c.get("body")),
							c.get("count").asInt(0))),
					row.get("agenda").asList((a) -> new AgendaRow(string(a.get("number")), string(a.get("title")),
							string(a.get("summary")), a.get("decisions").asList(Value::asString),
							a.get("liaisons").asList((l) -> new TakenRow(string(l.get("title")), string(l.get("from")),
									date(l.get("sentOn")), string(l.get("outcome")))))),
					row.get("outputs").asList((o) -> new OutputRow(string(o.get("number")), string(o.get("title")),
							string(o.get("kind")), string(o.get("url")), string(o.get("liaison")))),
					row.get("actions").asList((a) -> new ActionRow(string(a.get("description")), string(a.get("person")),
							string(a.get("holder")), date(a.get("due")), string(a.get("status")),
							string(a.get("agendaItem")))),
					row.get("appointments").asList((a) -> new AppointmentRow(string(a.get("name")),
							string(a.get("affiliation")), string(a.get("body")), string(a.get("kind")),
							string(a.get("agendaItem")), string(a.get("note"))))))
			.one()
			.orElse(MeetingRecordRow.NONE);
	}

	List<ItemRow> workItems() {
		return new ArrayList<>(this.graph.client()
			.query(CypherQueries.get("tsag-work-items"))
			.fetchAs(ItemRow.class)
			.mappedBy((types, row) -> new ItemRow(this.graph.map(WorkItem.class, row.get("n")), string(row.get("owner")),
					string(row.get("organisation")), row.get("ownerChain").asList(Value::asString),
					row.get("changes").asList(TsagReportRepository::change)))
			.all());
	}

	/** The work items deleted through the service since {@code from} and gone now, with their histories. */
	List<DeletedRow> deletedWorkItems(ZonedDateTime from) {
		return new ArrayList<>(this.graph.client()
			.query(CypherQueries.get("tsag-deleted-work-items"))
			.bindAll(Map.of("from", from))
			.fetchAs(DeletedRow.class)
			.mappedBy((types, row) -> new DeletedRow(row.get("id").asString(),
					row.get("changes").asList(TsagReportRepository::change)))
			.all());
	}

	/** The bodies of these ids (those that exist) as the report names owners. */
	Map<String, OwnerRow> owners(Collection<String> ids) {
		Map<String, OwnerRow> owners = new java.util.HashMap<>();
		if (ids.isEmpty()) {
			return owners;
		}
		this.graph.client()
			.query(CypherQueries.get("tsag-owners"))
			.bindAll(Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach((row) -> owners.put((String) row.get("id"), new OwnerRow((String) row.get("owner"),
					(String) row.get("organisation"), ((List<?>) row.get("ownerChain")).stream().map(String::valueOf).toList())));
		return owners;
	}

	private static ItemChange change(Value change) {
		return new ItemChange(change.get("at").asZonedDateTime(), change.get("action").asString(),
				string(change.get("by")),
				change.get("fields").isNull() ? List.of() : change.get("fields").asList(Value::asString),
				change.get("before").isNull() ? List.of() : change.get("before").asList(Value::asString),
				change.get("after").isNull() ? List.of() : change.get("after").asList(Value::asString));
	}

	List<LiaisonRow> liaisons() {
		return new ArrayList<>(this.graph.client()
			.query(CypherQueries.get("tsag-liaisons"))
			.fetchAs(LiaisonRow.class)
			.mappedBy((types, row) -> new LiaisonRow(this.graph.map(Liaison.class, row.get("n")), party(row.get("sender")),
					row.get("recipients").asList(TsagReportRepository::party),
					row.get("changes").asList((change) -> new StateChange(string(change.get("state")), date(change.get("on")))),
					row.get("replies").asList((reply) -> new StateChange(string(reply.get("state")), date(reply.get("sentOn"))))))
			.all());
	}

	List<RoleRow> roles(Collection<String> bodies) {
		return new ArrayList<>(this.graph.client()
			.query(CypherQueries.get("tsag-people"))
			.bindAll(Map.of("bodies", bodies))
			.fetchAs(RoleRow.class)
			.mappedBy((types, row) -> new RoleRow(string(row.get("name")), string(row.get("affiliation")),
					string(row.get("body")), string(row.get("kind")), PartialDate.parseNullable(string(row.get("since"))),
					PartialDate.parseNullable(string(row.get("until"))), string(row.get("note"))))
			.all());
	}

	private static Party party(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return new Party(value.get("id").asString(), string(value.get("name")),
				PartialDate.parseNullable(string(value.get("until"))), value.get("itut").asBoolean());
	}

	private static String string(Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}

	private static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}
