package io.mvgraph.liaison;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a liaison statement is in its life. Two workflows share the one field (values were added, none renamed, so
 * that clients filtering on the first five keep working):
 * <ul>
 * <li>outgoing, the sender's side: drafted, approved (by the meeting or by correspondence), sent, answered,
 * closed;</li>
 * <li>incoming, the addressee's side (a statement to the JCA-MV, TSAG or an ITU-T group from another body): on
 * record ({@link #SENT}, as imported), received, assigned to an action holder, under study, then replied, noted
 * (taken into account, no reply needed) or closed.</li>
 * </ul>
 * A liaison whose record does not say (data imported without a state) counts as {@link #SENT}: a statement on record
 * has been sent. Which workflows a statement follows is {@link LiaisonWorkflow}.
 */
public enum LiaisonState {

	DRAFT, APPROVED, SENT, REPLIED, CLOSED, RECEIVED, ASSIGNED, UNDER_STUDY, NOTED;

	/** The state a record without one is taken to be in. */
	public static final LiaisonState UNSTATED = SENT;

	/** Not yet gone out: every other state says the sender has sent it. */
	public static final Set<LiaisonState> NOT_SENT = EnumSet.of(DRAFT, APPROVED);

	/** The states in which a statement needs no answer any more (as of the day it entered them). */
	public static final Set<LiaisonState> SETTLED = EnumSet.of(REPLIED, NOTED, CLOSED);

	/** The states only an incoming statement can be in. */
	public static final Set<LiaisonState> INCOMING_ONLY = EnumSet.of(RECEIVED, ASSIGNED, UNDER_STUDY, NOTED);

	/** The states only the sender's side records. */
	public static final Set<LiaisonState> OUTGOING_ONLY = EnumSet.of(DRAFT, APPROVED);

	public static LiaisonState effective(LiaisonState stored) {
		return stored != null ? stored : UNSTATED;
	}

	/** Whether the statement was sent in this state (not a draft, not approved and waiting to go). */
	public static boolean sent(String state) {
		return state == null || !(DRAFT.name().equals(state) || APPROVED.name().equals(state));
	}

	/** Whether a statement in this state needs no answer any more. */
	public static boolean settled(String state) {
		return state != null && (REPLIED.name().equals(state) || NOTED.name().equals(state) || CLOSED.name().equals(state));
	}

	/** The moves of the outgoing workflow (the sender's side). */
	boolean canMoveOutgoing(LiaisonState next) {
		return switch (this) {
			case DRAFT -> next == APPROVED || next == SENT || next == CLOSED;
			case APPROVED -> next == DRAFT || next == SENT || next == CLOSED;
			case SENT -> next == REPLIED || next == CLOSED;
			case REPLIED -> next == SENT || next == CLOSED;
			case CLOSED -> next == SENT;
			default -> false;
		};
	}

	/**
	 * The moves of the incoming workflow (the addressee's side). SENT is a statement on record nobody has handled yet;
	 * ASSIGNED to ASSIGNED hands it to another action holder; a settled statement can be studied again.
	 */
	boolean canMoveIncoming(LiaisonState next) {
		Set<LiaisonState> handling = EnumSet.of(ASSIGNED, UNDER_STUDY, REPLIED, NOTED, CLOSED);
		return switch (this) {
			case SENT -> next == RECEIVED || handling.contains(next);
			case RECEIVED -> handling.contains(next);
			case ASSIGNED -> handling.contains(next);
			case UNDER_STUDY -> next == ASSIGNED || next == REPLIED || next == NOTED || next == CLOSED;
			case REPLIED, NOTED -> next == UNDER_STUDY || next == CLOSED;
			case CLOSED -> next == UNDER_STUDY;
			default -> false;
		};
	}

	/** Whether an editor may move a liaison that follows these workflows from this state to {@code next}. */
	public boolean canMoveTo(LiaisonState next, LiaisonWorkflow workflow) {
		return (workflow.outgoing() && canMoveOutgoing(next)) || (workflow.incoming() && canMoveIncoming(next));
	}

}
