package io.mvgraph.analysis;

import java.util.List;

/**
 * What the overlap analysis reads from the graph, as plain rows: every work item that is not withdrawn, the body
 * and topic hierarchies, the links between work items and the liaisons. Loaded in one read transaction.
 */
record AnalysisCorpus(List<Item> items, List<BodyRow> bodies, List<TopicRow> topics, List<Link> links,
		List<LiaisonRow> liaisons) {

	record Item(String id, String designation, String title, String scope, String status, String owner,
			List<String> topics) {
	}

	record BodyRow(String id, String parent, String kind, String name, String acronym) {
	}

	record TopicRow(String id, String parent, String name) {
	}

	/** A link between two work items; {@code kind} is a {@code WorkItemLinkKind} name. */
	record Link(String from, String to, String kind) {
	}

	/** A liaison with its sender, recipients, the work items it concerns and its note (which may give its type). */
	record LiaisonRow(String id, String from, List<String> to, List<String> concerns, String note) {
	}

}
