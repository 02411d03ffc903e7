package io.mvgraph.workitem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.Hierarchy;
import io.mvgraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing work items: each method one transaction, all or nothing, EDITOR only. */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class WorkItemEditing {

	/** Links that read the same both ways: a link one way duplicates the same link the other way. */
	static final Set<WorkItemLinkKind> SYMMETRIC = EnumSet.of(WorkItemLinkKind.EQUIVALENT_TO,
			WorkItemLinkKind.RELATED_TO);

	private static final String LINK_TYPES = WorkItemLinkKind.ALL;

	private final Edits edits;

	private final WorkItemStore workItems;

	private final WorkItemService reads;

	private final List<WorkItemReferences> references;

	private final Hierarchy hierarchy;

	WorkItemEditing(Edits edits, WorkItemStore workItems, WorkItemService reads, List<WorkItemReferences> references,
			Hierarchy hierarchy) {
		this.edits = edits;
		this.workItems = workItems;
		this.reads = reads;
		this.references = references;
		this.hierarchy = hierarchy;
	}

	public WorkItem create(CreateWorkItemInput input) {
		WorkItemRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input");
		requireReferences(record, null);
		this.edits.create(this.workItems, "input.id", record);
		return this.reads.get(record.id());
	}

	public WorkItem update(String id, Long version, UpdateWorkItemInput input) {
		WorkItemRecord before = this.edits.current(this.workItems, id, version);
		WorkItemRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input");
		requireReferences(after, before);
		this.edits.save(this.workItems, before, after);
		return this.reads.get(id);
	}

	/**
	 * Deletes a work item, which takes it out of the links of other work items, of the liaisons that concern it
	 * and of the overlap reviews (each of those records its own change). Its history stays.
	 */
	public String delete(String id, Long version) {
		WorkItemRecord before = this.edits.current(this.workItems, id, version);
		List<String> handled = new ArrayList<>(Arrays.asList(LINK_TYPES.split("\\|")));
		this.references.forEach((references) -> handled.addAll(references.relationships()));
		this.hierarchy.requireUnreferenced(EntityType.WORK_ITEM, id, Map.of(), handled);
		List<String> linking = this.workItems.linkingTo(id);
		this.edits.lockAll(EntityType.WORK_ITEM, linking);
		for (WorkItemRecord other : this.workItems.read(linking)) {
			this.edits.save(this.workItems, other, withLinks(other,
					other.links().stream().filter((link) -> !link.to().equals(id)).toList()));
		}
		this.references.forEach((references) -> references.forget(id));
		this.edits.delete(this.workItems, before);
		return id;
	}

	public WorkItem link(String from, String to, WorkItemLinkKind kind, Long version) {
		if (from.equals(to)) {
			throw ApiException.badRequest("to", "a work item cannot link to itself");
		}
		lockPair(from, to);
		WorkItemRecord before = this.edits.current(this.workItems, "from", from, version);
		WorkItemRecord.Link link = new WorkItemRecord.Link(to, kind);
		if (before.links().contains(link)) {
			throw ApiException.badRequest("to", "duplicate link: '" + from + "' already has a " + kind + " link to '"
					+ to + "'");
		}
		if (SYMMETRIC.contains(kind) && read(to).links().contains(new WorkItemRecord.Link(from, kind))) {
			throw ApiException.badRequest("to", "duplicate link: '" + to + "' already has a " + kind + " link to '"
					+ from + "', and " + kind + " reads both ways");
		}
		List<WorkItemRecord.Link> links = new ArrayList<>(before.links());
		links.add(link);
		this.edits.save(this.workItems, before, withLinks(before, links));
		return this.reads.get(from);
	}

	/** Removes a link; one that reads both ways is found in either direction. */
	public WorkItem unlink(String from, String to, WorkItemLinkKind kind, Long version) {
		lockPair(from, to);
		WorkItemRecord before = this.edits.current(this.workItems, "from", from, version);
		WorkItemRecord.Link link = new WorkItemRecord.Link(to, kind);
		if (before.links().contains(link)) {
			this.edits.save(this.workItems, before, withLinks(before, without(before.links(), link)));
		}
		else {
			WorkItemRecord other = read(to);
			WorkItemRecord.Link reverse = new WorkItemRecord.Link(from, kind);
			if (!SYMMETRIC.contains(kind) || !other.links().contains(reverse)) {
				throw new ApiException(ErrorCode.NOT_FOUND, "to",
						"There is no " + kind + " link from '" + from + "' to '" + to + "'");
			}
			this.edits.save(this.workItems, other, withLinks(other, without(other.links(), reverse)));
		}
		return this.reads.get(from);
	}

	/** Adds topics to a work item (those it has stay), or with {@code replace} sets them. */
	public WorkItem tag(String id, List<String> topicIds, boolean replace, Long version) {
		requireIds(topicIds);
		WorkItemRecord before = this.edits.current(this.workItems, id, version);
		List<String> topics;
		if (replace) {
			topics = topicIds;
		}
		else {
			Set<String> union = new LinkedHashSet<>(before.topics());
			union.addAll(topicIds);
			topics = List.copyOf(union);
		}
		WorkItemRecord after = withTopics(before, topics);
		RecordFormat.requireValid(after, "input", (path) -> path.replace("input.topics", "topicIds"));
		List<String> added = topicIds.stream().filter((topic) -> !before.topics().contains(topic)).distinct().toList();
		this.edits.requireExisting(EntityType.TOPIC, added, (i) -> "topicIds[" + topicIds.indexOf(added.get(i)) + "]");
		this.edits.save(this.workItems, before, after);
		return this.reads.get(id);
	}

	/** Removes topics from a work item; it must keep at least one. */
	public WorkItem untag(String id, List<String> topicIds, Long version) {
		WorkItemRecord before = this.edits.current(this.workItems, id, version);
		for (int i = 0; i < topicIds.size(); i++) {
			if (!before.topics().contains(topicIds.get(i))) {
				throw new ApiException(ErrorCode.NOT_FOUND, "topicIds[" + i + "]",
						"The work item '" + id + "' is not about the topic '" + topicIds.get(i) + "'");
			}
		}
		List<String> topics = before.topics().stream().filter((topic) -> !topicIds.contains(topic)).toList();
		if (topics.isEmpty()) {
			throw ApiException.badRequest("topicIds", "a work item needs at least one topic; tag it with another one "
					+ "first, or use tagWorkItem with replace: true");
		}
		this.edits.save(this.workItems, before, withTopics(before, topics));
		return this.reads.get(id);
	}

	/** The records a work item refers to must exist; only new references are looked up (and locked). */
	private void requireReferences(WorkItemRecord after, WorkItemRecord before) {
		if (before == null || !after.owner().equals(before.owner())) {
			this.edits.requireExisting(EntityType.BODY, "input.owner", after.owner());
		}
		List<String> topics = after.topics()
			.stream()
			.filter((topic) -> before == null || !before.topics().contains(topic))
			.toList();
		this.edits.requireExisting(EntityType.TOPIC, topics, (i) -> "input.topics[" + after.topics().indexOf(topics.get(i)) + "]");
		List<String> targets = after.links()
			.stream()
			.map(WorkItemRecord.Link::to)
			.filter((to) -> before == null || before.links().stream().noneMatch((link) -> link.to().equals(to)))
			.distinct()
			.toList();
		List<String> linkTargets = after.links().stream().map(WorkItemRecord.Link::to).toList();
		this.edits.requireExisting(EntityType.WORK_ITEM, targets,
				(i) -> "input.links[" + linkTargets.indexOf(targets.get(i)) + "].to");
	}

	/** Locks both ends of a link in a stable order (no deadlock between two edits of one pair); NOT_FOUND names the end. */
	private void lockPair(String from, String to) {
		Set<String> found = this.edits.lockAll(EntityType.WORK_ITEM, List.of(from, to));
		if (!found.contains(from)) {
			throw ApiException.notFound("from", EntityType.WORK_ITEM.noun(), from);
		}
		if (!found.contains(to)) {
			throw ApiException.notFound("to", EntityType.WORK_ITEM.noun(), to);
		}
	}

	private static void requireIds(List<String> ids) {
		for (int i = 0; i < ids.size(); i++) {
			String problem = FieldRules.idProblem(ids.get(i));
			if (problem != null) {
				throw ApiException.badRequest("topicIds[" + i + "]", problem);
			}
		}
	}

	private WorkItemRecord read(String id) {
		return this.workItems.read(List.of(id)).get(0);
	}

	private static List<WorkItemRecord.Link> without(List<WorkItemRecord.Link> links, WorkItemRecord.Link link) {
		return links.stream().filter((candidate) -> !candidate.equals(link)).toList();
	}

	static WorkItemRecord withLinks(WorkItemRecord r, List<WorkItemRecord.Link> links) {
		return new WorkItemRecord(r.id(), r.designation(), r.title(), r.scope(), r.status(), r.owner(), r.topics(),
				links, r.startDate(), r.publishedDate(), r.targetDate(), r.year(), r.url(), r.source(), r.confidence(),
				r.note());
	}

	static WorkItemRecord withTopics(WorkItemRecord r, List<String> topics) {
		return new WorkItemRecord(r.id(), r.designation(), r.title(), r.scope(), r.status(), r.owner(), topics,
				r.links(), r.startDate(), r.publishedDate(), r.targetDate(), r.year(), r.url(), r.source(),
				r.confidence(), r.note());
	}

}
