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

/** The Cypher of the TSAG report: three statements per report, whatever the size of the roadmap. */
@Repository
class TsagReportRepository {

	private final Graph graph;

	TsagReportRepository(Graph graph) {
		this.graph = graph;
	}

	/** One change of a work item through the service: the fields it changed and their values before. */
	record ItemChange(ZonedDateTime at, String action, String by, List<String> fields, List<String> before) {
	}

	record ItemRow(WorkItem workItem, String owner, String organisation, List<String> ownerChain, List<ItemChange> changes) {
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

	List<ItemRow> workItems() {
		return new ArrayList<>(this.graph.client()
			.query(CypherQueries.get("tsag-work-items"))
			.fetchAs(ItemRow.class)
			.mappedBy((types, row) -> new ItemRow(this.graph.map(WorkItem.class, row.get("n")), string(row.get("owner")),
					string(row.get("organisation")), row.get("ownerChain").asList(Value::asString),
					row.get("changes").asList((change) -> new ItemChange(change.get("at").asZonedDateTime(),
							change.get("action").asString(), string(change.get("by")),
							change.get("fields").isNull() ? List.of() : change.get("fields").asList(Value::asString),
							change.get("before").isNull() ? List.of() : change.get("before").asList(Value::asString)))))
			.all());
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
