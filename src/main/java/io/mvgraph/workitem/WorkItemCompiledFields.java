package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.mvgraph.api.CompiledField;
import io.mvgraph.api.CompiledFields;

import org.springframework.stereotype.Component;

/**
 * The work item fields the one-statement reads compile (the Cypher of the batch queries of
 * {@link WorkItemRepository}, the same rows in the same order): owner, topics, links, and the work items of a body or
 * a topic.
 */
@Component
class WorkItemCompiledFields implements CompiledFields {

	@Override
	public Map<String, Class<?>> types() {
		return Map.of("WorkItem", WorkItem.class);
	}

	/** The cursors of {@code workItems} are made of the designation (the title without one) and the id. */
	@Override
	public Map<String, List<String>> keptFields() {
		return Map.of("WorkItem", List.of("designation", "title"));
	}

	@Override
	public List<CompiledField> fields() {
		return List.of(
				CompiledField.relation("WorkItem", "owner", "Body", true,
						"MATCH ({p})-[:OWNED_BY]->({n}:Body) WITH {n} ORDER BY {n}.id"),
				CompiledField.relation("WorkItem", "topics", "Topic", false,
						"MATCH ({p})-[{r}:ABOUT]->({n}:Topic) WITH {n}, {r} ORDER BY {r}.position, {n}.id"),
				new Links(),
				CompiledField.relation("Body", "workItems", "WorkItem", false,
						(arguments) -> related(arguments, "includeDescendants", "<-[:PART_OF*0..]-(:Body)<-[:OWNED_BY]-",
								"<-[:OWNED_BY]-")),
				CompiledField.relation("Topic", "workItems", "WorkItem", false,
						(arguments) -> related(arguments, "includeSubtopics", "<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-",
								"<-[:ABOUT]-")));
	}

	/** As {@link WorkItemRepository#related}: distinct work items, by designation (title without one), then id. */
	private static List<CompiledField.Part> related(Map<String, Object> arguments, String transitiveArgument,
			String transitive, String direct) {
		Object status = arguments.get("status");
		List<String> statuses = null;
		if (status instanceof List<?> list && !list.isEmpty()) {
			statuses = list.stream().map((value) -> value instanceof Enum<?> e ? e.name() : String.valueOf(value)).toList();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("status", statuses);
		String path = Boolean.TRUE.equals(arguments.get(transitiveArgument)) ? transitive : direct;
		return List.of(new CompiledField.Part("MATCH ({p})" + path + "({n}:WorkItem) WHERE $[status] IS NULL OR {n}.status IN $[status]"
				+ " WITH DISTINCT {n} WITH {n} ORDER BY toLower(coalesce({n}.designation, {n}.title)), {n}.id", "", parameters));
	}

	/**
	 * As {@link WorkItemRepository#links}: the outgoing links, then the incoming ones, each by position then the
	 * other's id. The other work items carry what {@code workItem} selects.
	 */
	private static final class Links implements CompiledField {

		@Override
		public String type() {
			return "WorkItem";
		}

		@Override
		public String field() {
			return "links";
		}

		@Override
		public String targetType() {
			return "WorkItem";
		}

		@Override
		public List<Part> parts(Map<String, Object> arguments) {
			return List.of(
					new Part("MATCH ({p})-[{r}:" + WorkItemLinkKind.ALL + "]->({n}:WorkItem) WITH {n}, {r} ORDER BY {r}.position, {n}.id",
							"kind: type({r})", Map.of()),
					new Part("MATCH ({p})<-[{r}:" + WorkItemLinkKind.ALL + "]-({n}:WorkItem) WITH {n}, {r} ORDER BY {r}.position, {n}.id",
							"kind: type({r})", Map.of()));
		}

		@Override
		public DataFetchingFieldSelectionSet nested(SelectedField field) {
			List<SelectedField> other = field.getSelectionSet().getImmediateFields().stream()
				.filter((selected) -> selected.getName().equals("workItem"))
				.toList();
			return other.size() == 1 ? other.get(0).getSelectionSet() : null;
		}

		/** {@code from} and {@code to} are the parent or the other work item, with whatever they select. */
		@Override
		public boolean exposesWholeNodes(SelectedField field) {
			return field.getSelectionSet().getImmediateFields().stream()
				.anyMatch((selected) -> !java.util.Set.of("kind", "direction", "workItem", "__typename").contains(selected.getName()));
		}

		@Override
		public Object assemble(Object parent, List<List<Row>> parts) {
			WorkItem self = (WorkItem) parent;
			List<WorkItemLink> links = new ArrayList<>();
			for (Row row : parts.get(0)) {
				links.add(new WorkItemLink(WorkItemLinkKind.valueOf(row.value().get("kind").asString()),
						WorkItemLink.LinkDirection.OUTGOING, self, (WorkItem) row.node()));
			}
			for (Row row : parts.get(1)) {
				links.add(new WorkItemLink(WorkItemLinkKind.valueOf(row.value().get("kind").asString()),
						WorkItemLink.LinkDirection.INCOMING, (WorkItem) row.node(), self));
			}
			return links;
		}

	}

}
