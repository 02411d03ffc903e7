package io.mvgraph.topic;

import java.util.Map;
import java.util.Objects;

import io.mvgraph.api.RecordFormat;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.Hierarchy;
import io.mvgraph.history.RecordKind;
import io.mvgraph.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing the topic taxonomy: each method one transaction, all or nothing, EDITOR only. */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class TopicEditing {

	static final Map<String, String> REFERENCES = Map.of("ABOUT", "work item(s) about it", "SUBTOPIC_OF",
			"sub-topic(s)");

	private final Edits edits;

	private final RecordKind<TopicRecord> topics;

	private final TopicService reads;

	private final Hierarchy hierarchy;

	TopicEditing(Edits edits, TopicStore topics, TopicService reads, Hierarchy hierarchy) {
		this.edits = edits;
		this.topics = topics;
		this.reads = reads;
		this.hierarchy = hierarchy;
	}

	public Topic create(CreateTopicInput input) {
		TopicRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input");
		// a new record has nothing below it: only itself can make a cycle
		this.hierarchy.requireNotOwnParent(EntityType.TOPIC, "input.parent", record.id(), record.parent());
		this.edits.requireExisting(EntityType.TOPIC, "input.parent", record.parent());
		this.edits.create(this.topics, "input.id", record);
		return this.reads.get(record.id());
	}

	public Topic update(String id, Long version, UpdateTopicInput input) {
		TopicRecord before = this.edits.current(this.topics, id, version);
		TopicRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input");
		if (!Objects.equals(before.parent(), after.parent())) {
			this.edits.requireExisting(EntityType.TOPIC, "input.parent", after.parent());
			this.hierarchy.requireNoCycle(EntityType.TOPIC, "SUBTOPIC_OF", "input.parent", id, after.parent());
		}
		this.edits.save(this.topics, before, after);
		return this.reads.get(id);
	}

	/** Deletes a topic that no work item is about and that has no sub-topics (CONFLICT otherwise). */
	public String delete(String id, Long version) {
		TopicRecord before = this.edits.current(this.topics, id, version);
		this.hierarchy.requireUnreferenced(EntityType.TOPIC, id, REFERENCES);
		this.edits.delete(this.topics, before);
		return id;
	}

}
