package io.mvgraph.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.mvgraph.api.ApiException;
import io.mvgraph.api.FieldRules;
import io.mvgraph.api.RecordFormat;
import io.mvgraph.history.Edits;
import io.mvgraph.history.EntityType;
import io.mvgraph.security.Roles;
import io.mvgraph.workitem.WorkItemReferences;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of liaison statements: recording, correcting, deleting, and moving them through their states (each
 * move kept in the state history). Each method one transaction, all or nothing, EDITOR only.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_EDITOR)
public class LiaisonEditing implements WorkItemReferences {

	/** States in which a statement has gone out: a reply in one of them answers the liaison it replies to. */
	static final Set<LiaisonState> OUT = EnumSet.of(LiaisonState.SENT, LiaisonState.REPLIED, LiaisonState.CLOSED);

	private final Edits edits;

	private final LiaisonStore liaisons;

	private final LiaisonService reads;

	private final Neo4jClient client;

	LiaisonEditing(Edits edits, LiaisonStore liaisons, LiaisonService reads, Neo4jClient client) {
		this.edits = edits;
		this.liaisons = liaisons;
		this.reads = reads;
		this.client = client;
	}

	/**
	 * Records a liaison. Its state is the one given, or SENT when it has a sending date, DRAFT otherwise; that is
	 * the first entry of its state history. A reply that has gone out moves a SENT liaison it answers to REPLIED.
	 */
	public Liaison record(RecordLiaisonInput input) {
		LiaisonState state = input.state() != null ? input.state()
				: input.sentOn() != null ? LiaisonState.SENT : LiaisonState.DRAFT;
		LocalDate on = OUT.contains(state) && input.sentOn() != null ? input.sentOn() : LocalDate.now();
		LiaisonRecord record = input.toRecord(state,
				List.of(new LiaisonRecord.StateChange(state, on, this.edits.user(), input.stateNote())));
		RecordFormat.requireValid(record, "input", LiaisonEditing::inputField);
		requireReferences(record);
		this.edits.create(this.liaisons, "input.id", record);
		if (record.replyTo() != null && OUT.contains(state)) {
			answer(record.replyTo(), on, record.id());
		}
		return this.reads.get(record.id());
	}

	/** Changes the fields given (not the state: {@link #changeState}). */
	public Liaison update(String id, Long version, UpdateLiaisonInput input) {
		LiaisonRecord before = this.edits.current(this.liaisons, id, version);
		LiaisonRecord after = input.applyTo(before);
		RecordFormat.requireValid(after, "input");
		requireReferences(after);
		if (after.replyTo() != null && !after.replyTo().equals(before.replyTo()) && repliesTo(after.replyTo(), id)) {
			throw ApiException.badRequest("input.replyTo", "makes a cycle: '" + after.replyTo()
					+ "' is a reply (or a reply to a reply...) to '" + id + "'");
		}
		this.edits.save(this.liaisons, before, after);
		return this.reads.get(id);
	}

	/** Deletes a liaison and its state history; one that replies refer to stays ({@code CONFLICT}). */
	public String delete(String id, Long version) {
		LiaisonRecord before = this.edits.current(this.liaisons, id, version);
		List<String> replies = new ArrayList<>(this.client
			.query("MATCH (r:Liaison)-[:REPLY_TO]->(:Liaison {id: $id}) RETURN r.id ORDER BY r.id")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.all());
		if (!replies.isEmpty()) {
			throw ApiException.conflict("id", "The liaison '" + id + "' has replies (" + String.join(", ", replies)
					+ "); delete them or change what they reply to first");
		}
		this.liaisons.deleteOwned(id);
		this.edits.delete(this.liaisons, before);
		return id;
	}

	/**
	 * Moves a liaison to another state ({@link LiaisonState#canMoveTo}), on a day (today when not given; never in
	 * the future, never before the last move), with a note; the move is added to its state history. Sending gives
	 * it its sending date when it had none; a reply that goes out moves a SENT liaison it answers to REPLIED.
	 */
	public Liaison changeState(String id, Long version, LiaisonState state, LocalDate on, String note) {
		LiaisonRecord before = this.edits.current(this.liaisons, id, version);
		LiaisonState current = LiaisonState.effective(before.state());
		if (current == state) {
			throw ApiException.badRequest("state", "the liaison is " + state + " already");
		}
		if (!current.canMoveTo(state)) {
			throw ApiException.badRequest("state", "a " + current + " liaison cannot become " + state
					+ "; it can become " + Arrays.stream(LiaisonState.values()).filter(current::canMoveTo).toList());
		}
		LocalDate today = LocalDate.now();
		LocalDate day = on != null ? on : today;
		if (day.isAfter(today)) {
			throw ApiException.badRequest("on", "must not be in the future, was " + day);
		}
		// a statement cannot be replied to, noted or closed before it was sent
		if (before.sentOn() != null && day.isBefore(before.sentOn()) && state != LiaisonState.DRAFT
				&& state != LiaisonState.APPROVED && state != LiaisonState.SENT) {
			throw ApiException.badRequest("on", "must not be before the statement was sent (" + before.sentOn() + "), was " + day);
		}
		LocalDate last = before.stateHistory()
			.stream()
			.map(LiaisonRecord.StateChange::on)
			.filter(Objects::nonNull)
			.reduce((first, second) -> second)
			.orElse(null);
		if (last != null && day.isBefore(last)) {
			throw ApiException.badRequest("on", "must not be before the last change of state (" + last + ")");
		}
		if (note != null && FieldRules.textProblem(note, FieldRules.TEXT_LENGTH) != null) {
			throw ApiException.badRequest("note", FieldRules.textProblem(note, FieldRules.TEXT_LENGTH));
		}
		List<LiaisonRecord.StateChange> history = new ArrayList<>(before.stateHistory());
		history.add(new LiaisonRecord.StateChange(state, day, this.edits.user(), note));
		LocalDate sentOn = state == LiaisonState.SENT && before.sentOn() == null ? day : before.sentOn();
		if (sentOn != before.sentOn() && before.deadline() != null && before.deadline().isBefore(sentOn)) {
			throw ApiException.badRequest("on", "the liaison's deadline (" + before.deadline() + ") would be before its "
					+ "sending date (" + sentOn + "); give it a later deadline first (updateLiaison)");
		}
		LiaisonRecord after = before.withState(state, history, sentOn);
		// the rules an import enforces (a sending date after the deadline...), not its warnings: a liaison imported
		// without a deadline can still be closed
		RecordFormat.requireValid(after, "input", (path) -> path, false);
		this.edits.save(this.liaisons, before, after);
		if (before.replyTo() != null && OUT.contains(state) && !OUT.contains(current)) {
			answer(before.replyTo(), day, id);
		}
		return this.reads.get(id);
	}

	/** A reply went out: the liaison it answers, if SENT, becomes REPLIED. */
	private void answer(String liaisonId, LocalDate on, String replyId) {
		LiaisonRecord answered = this.edits.current(this.liaisons, "input.replyTo", liaisonId, null);
		if (LiaisonState.effective(answered.state()) != LiaisonState.SENT) {
			return;
		}
		List<LiaisonRecord.StateChange> history = new ArrayList<>(answered.stateHistory());
		LocalDate last = history.isEmpty() ? null : history.get(history.size() - 1).on();
		LocalDate day = last != null && on.isBefore(last) ? last : on;
		history.add(new LiaisonRecord.StateChange(LiaisonState.REPLIED, day, this.edits.user(),
				"answered by '" + replyId + "'"));
		this.edits.save(this.liaisons, answered, answered.withState(LiaisonState.REPLIED, history, answered.sentOn()));
	}

	/** Whether liaison {@code start} is {@code id} or replies to it, directly or down a thread. */
	private boolean repliesTo(String start, String id) {
		return this.client.query("""
				MATCH (:Liaison {id: $start})-[:REPLY_TO*0..]->(:Liaison {id: $id})
				RETURN count(*) > 0
				""").bindAll(Map.of("start", start, "id", id)).fetchAs(Boolean.class).one().orElse(false);
	}

	/** The records a liaison refers to must exist ({@code NOT_FOUND} naming the field); they stay locked. */
	private void requireReferences(LiaisonRecord record) {
		this.edits.requireExisting(EntityType.BODY, "input.from", record.from());
		this.edits.requireExisting(EntityType.BODY, record.to(), (i) -> "input.to[" + i + "]");
		this.edits.requireExisting(EntityType.BODY, record.cc(), (i) -> "input.cc[" + i + "]");
		this.edits.requireExisting(EntityType.BODY,
				record.identifiers().stream().map(LiaisonRecord.Identifier::body).toList(),
				(i) -> "input.identifiers[" + i + "].body");
		this.edits.requireExisting(EntityType.WORK_ITEM, record.concerns(), (i) -> "input.concerns[" + i + "]");
		this.edits.requireExisting(EntityType.TOPIC, record.topics(), (i) -> "input.topics[" + i + "]");
		this.edits.requireExisting(EntityType.LIAISON, "input.replyTo", record.replyTo());
	}

	/** The record's fields as the input of recordLiaison names them. */
	private static String inputField(String path) {
		return path.replaceFirst("^input\\.stateHistory\\[0\\]\\.note", "input.stateNote")
			.replaceFirst("^input\\.stateHistory\\[0\\]\\.state", "input.state")
			.replaceFirst("^input\\.stateHistory\\[0\\]\\.on", "input.sentOn");
	}

	@Override
	public List<String> relationships() {
		return List.of("CONCERNS");
	}

	/** Takes a work item about to be deleted out of the liaisons that concern it. */
	@Override
	public void forget(String workItemId) {
		List<String> concerning = this.liaisons.concerning(workItemId);
		this.edits.lockAll(EntityType.LIAISON, concerning);
		for (LiaisonRecord liaison : this.liaisons.read(concerning)) {
			this.edits.save(this.liaisons, liaison, liaison
				.withConcerns(liaison.concerns().stream().filter((id) -> !id.equals(workItemId)).toList()));
		}
	}

}
