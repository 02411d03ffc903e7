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
	static final Set<LiaisonState> OUT = EnumSet.complementOf(EnumSet.copyOf(LiaisonState.NOT_SENT));

	/** The states a reply that goes out moves the statement it answers from (to REPLIED). */
	private static final Set<LiaisonState> ANSWERABLE = EnumSet.of(LiaisonState.SENT, LiaisonState.RECEIVED,
			LiaisonState.ASSIGNED, LiaisonState.UNDER_STUDY);

	/** The states that may name an action holder. */
	private static final Set<LiaisonState> HOLDING = EnumSet.of(LiaisonState.ASSIGNED, LiaisonState.UNDER_STUDY);

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
		LiaisonWorkflow workflow = this.liaisons.workflow(record.from(), record.to());
		requireStateOf(workflow, state, "input.state");
		requireHolder(state, record.actionHolder(), "input.actionHolder");
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
		if (!after.from().equals(before.from()) || !after.to().equals(before.to())) {
			// another sender or addressee may put the statement in the other workflow: its state must still fit
			requireStateOf(this.liaisons.workflow(after.from(), after.to()), LiaisonState.effective(after.state()),
					"input.to");
		}
		if (after.replyTo() != null && !after.replyTo().equals(before.replyTo()) && repliesTo(after.replyTo(), id)) {
			throw ApiException.badRequest("input.replyTo", "makes a cycle: '" + after.replyTo()
					+ "' is a reply (or a reply to a reply...) to '" + id + "'");
		}
		this.edits.save(this.liaisons, before, after);
		return this.reads.get(id);
	}

	/**
	 * Deletes a liaison and its state history; one that replies refer to, or that a meeting's records name (an
	 * agenda item that considered it, an output), stays ({@code CONFLICT}): deleting it would silently change them.
	 */
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
		List<String> meetings = new ArrayList<>(this.client
			.query("MATCH (:Liaison {id: $id})<-[:CONSIDERED|IS]-(x)<-[:HAS_AGENDA_ITEM|HAS_OUTPUT]-(m:Meeting) "
					+ "RETURN DISTINCT m.id AS id ORDER BY id")
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.all());
		if (!meetings.isEmpty()) {
			throw ApiException.conflict("id", "The liaison '" + id + "' is in the records of meeting(s) "
					+ String.join(", ", meetings) + "; take it out of them first (nothing was deleted)");
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
	public Liaison changeState(String id, Long version, LiaisonState state, LocalDate on, String note,
			LiaisonRecord.ActionHolder holder) {
		LiaisonRecord before = this.edits.current(this.liaisons, id, version);
		LiaisonState current = LiaisonState.effective(before.state());
		LiaisonWorkflow workflow = this.liaisons.workflow(before.from(), before.to());
		boolean reassigned = state == LiaisonState.ASSIGNED && current == LiaisonState.ASSIGNED && holder != null
				&& !holder.equals(before.actionHolder());
		if (current == state && !reassigned) {
			throw ApiException.badRequest("state", "the liaison is " + state + " already");
		}
		requireStateOf(workflow, state, "state");
		if (!current.canMoveTo(state, workflow)) {
			throw ApiException.badRequest("state", "a " + current + " liaison cannot become " + state
					+ "; it can become " + Arrays.stream(LiaisonState.values())
						.filter((next) -> current.canMoveTo(next, workflow))
						.toList());
		}
		LocalDate today = LocalDate.now();
		LocalDate day = on != null ? on : today;
		if (day.isAfter(today)) {
			throw ApiException.badRequest("on", "must not be in the future, was " + day);
		}
		// a statement cannot be sent, received, studied, replied to, noted or closed before its own date; only the
		// sender's drafting and approval come before it
		if (before.sentOn() != null && day.isBefore(before.sentOn()) && !LiaisonState.NOT_SENT.contains(state)) {
			throw ApiException.badRequest("on", "must not be before the statement's date (" + before.sentOn() + "), was " + day);
		}
		LocalDate last = before.stateHistory()
			.stream()
			.map(LiaisonRecord.StateChange::on)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
		if (last != null && day.isBefore(last)) {
			throw ApiException.badRequest("on", "must not be before an earlier change of state (" + last + "), was " + day);
		}
		if (note != null && FieldRules.textProblem(note, FieldRules.TEXT_LENGTH) != null) {
			throw ApiException.badRequest("note", FieldRules.textProblem(note, FieldRules.TEXT_LENGTH));
		}
		LiaisonRecord.ActionHolder newHolder = before.actionHolder();
		if (holder != null) {
			if (!HOLDING.contains(state)) {
				throw ApiException.badRequest("actionHolder", "only a move to " + HOLDING + " names an action holder");
			}
			newHolder = holder;
		}
		requireHolder(state, newHolder, "actionHolder");
		if (holder != null) {
			requireHolderExists(holder, "actionHolder");
		}
		List<LiaisonRecord.StateChange> history = new ArrayList<>(before.stateHistory());
		history.add(new LiaisonRecord.StateChange(state, day, this.edits.user(), note));
		LocalDate sentOn = state == LiaisonState.SENT && before.sentOn() == null ? day : before.sentOn();
		if (sentOn != before.sentOn() && before.deadline() != null && before.deadline().isBefore(sentOn)) {
			throw ApiException.badRequest("on", "the liaison's deadline (" + before.deadline() + ") would be before its "
					+ "sending date (" + sentOn + "); give it a later deadline first (updateLiaison)");
		}
		LiaisonRecord after = before.withState(state, history, sentOn, newHolder);
		// the rules an import enforces (a sending date after the deadline...), not its warnings: a liaison imported
		// without a deadline can still be closed
		RecordFormat.requireValid(after, "input", (path) -> path, false);
		this.edits.save(this.liaisons, before, after);
		if (before.replyTo() != null && OUT.contains(state) && !OUT.contains(current)) {
			answer(before.replyTo(), day, id);
		}
		return this.reads.get(id);
	}

	/** A state of the other workflow only ({@link LiaisonState#INCOMING_ONLY}, {@code OUTGOING_ONLY}) is refused. */
	private static void requireStateOf(LiaisonWorkflow workflow, LiaisonState state, String field) {
		if (!workflow.incoming() && LiaisonState.INCOMING_ONLY.contains(state)) {
			throw ApiException.badRequest(field, state + " is a state of incoming statements (to the JCA-MV, TSAG or "
					+ "an ITU-T group, from another body); this one is not addressed to the ITU-T side");
		}
		if (!workflow.outgoing() && LiaisonState.OUTGOING_ONLY.contains(state)) {
			throw ApiException.badRequest(field, state + " is a state of the sender's side; this statement comes to the "
					+ "ITU-T side from an outside body");
		}
	}

	/** ASSIGNED needs someone to act. */
	private static void requireHolder(LiaisonState state, LiaisonRecord.ActionHolder holder, String field) {
		if (state == LiaisonState.ASSIGNED && holder == null) {
			throw ApiException.badRequest(field, "required to assign the statement (a body or a person)");
		}
	}

	private void requireHolderExists(LiaisonRecord.ActionHolder holder, String field) {
		if ((holder.body() == null) == (holder.person() == null)) {
			throw ApiException.badRequest(field, "give exactly one of body and person");
		}
		this.edits.requireExisting(EntityType.BODY, field + ".body", holder.body());
		this.edits.requireExisting(EntityType.PERSON, field + ".person", holder.person());
	}

	/** A reply went out: the liaison it answers, if still awaiting one (sent, received, assigned, under study), becomes REPLIED. */
	private void answer(String liaisonId, LocalDate on, String replyId) {
		LiaisonRecord answered = this.edits.current(this.liaisons, "input.replyTo", liaisonId, null);
		if (!ANSWERABLE.contains(LiaisonState.effective(answered.state()))) {
			return;
		}
		List<LiaisonRecord.StateChange> history = new ArrayList<>(answered.stateHistory());
		LocalDate last = history.isEmpty() ? null : history.get(history.size() - 1).on();
		LocalDate day = last != null && on.isBefore(last) ? last : on;
		history.add(new LiaisonRecord.StateChange(LiaisonState.REPLIED, day, this.edits.user(),
				"answered by '" + replyId + "'"));
		this.edits.save(this.liaisons, answered,
				answered.withState(LiaisonState.REPLIED, history, answered.sentOn(), answered.actionHolder()));
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
		if (record.actionHolder() != null) {
			requireHolderExists(record.actionHolder(), "input.actionHolder");
		}
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
