package io.mvgraph.body;

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

/** Editing bodies: each method one transaction, all or nothing, EDITOR only. */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class BodyEditing {

	/** What the relationships that point at a body are, for the message that refuses to delete it. */
	static final Map<String, String> REFERENCES = Map.of("OWNED_BY", "work item(s) it owns", "PART_OF",
			"group(s) below it", "FROM", "liaison(s) it sent", "TO", "liaison(s) sent to it", "SUCCEEDED_BY",
			"predecessor(s) whose work it took over");

	private final Edits edits;

	private final RecordKind<BodyRecord> bodies;

	private final BodyService reads;

	private final Hierarchy hierarchy;

	BodyEditing(Edits edits, BodyStore bodies, BodyService reads, Hierarchy hierarchy) {
		this.edits = edits;
		this.bodies = bodies;
		this.reads = reads;
		this.hierarchy = hierarchy;
	}

	public Body create(CreateBodyInput input) {
		BodyRecord record = input.toRecord();
		RecordFormat.requireValid(record, "input");
		// a new record has nothing below it: only itself can make a cycle
		this.hierarchy.requireNotOwnParent(EntityType.BODY, "input.parent", record.id(), record.parent());
		this.edits.requireExisting(EntityType.BODY, "input.parent", record.parent());
		this.edits.requireExisting(EntityType.BODY, "input.succeededBy", record.succeededBy());
		this.edits.create(this.bodies, "input.id", record);
		return this.reads.get(record.id());
	}

	public Body update(String id, Long version, UpdateBodyInput input) {
		BodyRecord before = this.edits.current(this.bodies, id, version);
		BodyRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input");
		if (!Objects.equals(before.parent(), after.parent())) {
			this.edits.requireExisting(EntityType.BODY, "input.parent", after.parent());
			this.hierarchy.requireNoCycle(EntityType.BODY, "PART_OF", "input.parent", id, after.parent());
		}
		if (!Objects.equals(before.succeededBy(), after.succeededBy())) {
			this.edits.requireExisting(EntityType.BODY, "input.succeededBy", after.succeededBy());
			this.hierarchy.requireNoCycle(EntityType.BODY, "SUCCEEDED_BY", "input.succeededBy", id, after.succeededBy());
		}
		this.edits.save(this.bodies, before, after);
		return this.reads.get(id);
	}

	/** Deletes a body that nothing refers to any more (CONFLICT otherwise, with what still does). */
	public String delete(String id, Long version) {
		BodyRecord before = this.edits.current(this.bodies, id, version);
		this.hierarchy.requireUnreferenced(EntityType.BODY, id, REFERENCES);
		this.edits.delete(this.bodies, before);
		return id;
	}

}
