package io.mvgraph.liaison;

/**
 * Where a liaison statement is in its life: drafted, approved (by the meeting or by correspondence), sent,
 * answered, closed. A liaison whose record does not say (data imported without a state) counts as {@link #SENT}:
 * a statement on record has been sent.
 */
public enum LiaisonState {

	DRAFT, APPROVED, SENT, REPLIED, CLOSED;

	/** The state a record without one is taken to be in. */
	public static final LiaisonState UNSTATED = SENT;

	public static LiaisonState effective(LiaisonState stored) {
		return stored != null ? stored : UNSTATED;
	}

	/** Whether an editor may move a liaison from this state to {@code next}. */
	public boolean canMoveTo(LiaisonState next) {
		return switch (this) {
			case DRAFT -> next == APPROVED || next == SENT || next == CLOSED;
			case APPROVED -> next == DRAFT || next == SENT || next == CLOSED;
			case SENT -> next == REPLIED || next == CLOSED;
			case REPLIED -> next == SENT || next == CLOSED;
			case CLOSED -> next == SENT;
		};
	}

}
