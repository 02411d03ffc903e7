package io.mvgraph.analysis;

import java.util.List;
import java.util.Map;

import io.mvgraph.body.Body;
import io.mvgraph.liaison.Liaison;
import io.mvgraph.topic.Topic;
import io.mvgraph.workitem.WorkItem;

/**
 * What the overlap analysis reads from the graph, as plain rows: every work item that is not withdrawn, the body
 * and topic hierarchies, the links between work items and the liaisons. Loaded in one read transaction.
 */
record AnalysisCorpus(List<Item> items, List<BodyRow> bodies, List<TopicRow> topics, List<Link> links,
		List<LiaisonRow> liaisons, Nodes nodes) {

	/**
	 * The nodes themselves, by id, as the API returns them: kept with the model (which is rebuilt on every change),
	 * so that answering from it needs no further statement. Empty where the rows come from a file (unit tests).
	 */
	record Nodes(Map<String, WorkItem> workItems, Map<String, Topic> topics, Map<String, Liaison> liaisons,
			Map<String, Body> bodies) {

		static final Nodes NONE = new Nodes(Map.of(), Map.of(), Map.of(), Map.of());

	}

	record Item(String id, String designation, String title, String scope, String status, String owner,
			List<String> topics) {
	}

	/**
	 * A body. {@code activeUntil} is a partial date (v2); {@code succeededBy} the id of the body that took its work
	 * over; {@code coordinationUnit} an exception to the rule of coordination units (see {@link CoordinationUnits}):
	 * the id of the body whose unit this one belongs to (its own id: a unit of its own), null for the rule.
	 */
	record BodyRow(String id, String parent, String kind, String name, String acronym, String activeUntil,
			String succeededBy, String coordinationUnit) {

		BodyRow(String id, String parent, String kind, String name, String acronym) {
			this(id, parent, kind, name, acronym, null, null, null);
		}

	}

	record TopicRow(String id, String parent, String name) {
	}

	/** A link between two work items; {@code kind} is a {@code WorkItemLinkKind} name. */
	record Link(String from, String to, String kind) {
	}

	/**
	 * A liaison with its sender, recipients, copies, the work items it concerns, its kind ({@code LiaisonKind} name;
	 * null on graphs imported before v2, where the note's "type: ..." prefix gives it) and its date.
	 */
	record LiaisonRow(String id, String from, List<String> to, List<String> cc, List<String> concerns, String kind,
			String note, java.time.LocalDate sentOn) {

		LiaisonRow(String id, String from, List<String> to, List<String> concerns, String note) {
			this(id, from, to, List.of(), concerns, null, note, null);
		}

	}

}
