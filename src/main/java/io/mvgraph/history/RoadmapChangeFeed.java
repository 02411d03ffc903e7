package io.mvgraph.history;

import java.util.Collection;
import java.util.List;

import io.mvgraph.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The committed changes of the roadmap, as a hot stream for the {@code roadmapChanged} subscription: this instance's
 * as they commit, and those of other instances behind the same Neo4j as {@link RemoteChanges} finds them.
 * Only work that committed goes out (a rolled back mutation sends nothing). A subscriber that cannot keep up loses
 * the oldest of its {@value #BUFFER} unsent changes, never slows down the writers.
 *
 * <p>What a subscriber may read is decided once, when it subscribes, by who it is then: over WebSocket, the user
 * of the handshake (HTTP Basic on the upgrade request; anonymous without it). Callers below ANALYST get every
 * change with the values of contact details blanked ({@link Change#withoutContactDetails}), as from the history.
 */
@Component
public class RoadmapChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(RoadmapChangeFeed.class);

	static final int BUFFER = 256;

	private final Sinks.Many<RoadmapChange> sink = Sinks.many().multicast().directBestEffort();

	private final Caller caller;

	RoadmapChangeFeed(Caller caller) {
		this.caller = caller;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(RoadmapChanged event) {
		if (event.changes().isEmpty()) {
			return;
		}
		emit(RoadmapChange.of(event.changes()));
	}

	/** Sends a committed transaction's changes (this instance's, or another's: {@link RemoteChanges}). */
	void emit(RoadmapChange change) {
		// one emitter at a time: commits on several threads must not interleave in the sink
		synchronized (this.sink) {
			this.sink.tryEmitNext(change);
		}
	}

	/**
	 * The changes committed from now on; with {@code entityTypes} or {@code ids}, only the changes of those records
	 * (a transaction none of whose changes match sends nothing). Call it as the subscriber: its right to read contact
	 * details is taken from the current security context now, not when a change goes out (on another thread).
	 */
	public Flux<RoadmapChange> changes(Collection<EntityType> entityTypes, Collection<String> ids) {
		boolean contactDetails = this.caller.canReadContactDetails();
		return this.sink.asFlux()
			.onBackpressureBuffer(BUFFER, (dropped) -> log.warn("A roadmapChanged subscriber is too slow: dropped the "
					+ "changes of {} at {}", dropped.by(), dropped.at()), BufferOverflowStrategy.DROP_OLDEST)
			.publishOn(Schedulers.boundedElastic())
			.mapNotNull((change) -> filter(change, entityTypes, ids))
			.map((change) -> contactDetails ? change : withoutContactDetails(change));
	}

	/** How many subscribers listen now. */
	public int subscriberCount() {
		return this.sink.currentSubscriberCount();
	}

	private static RoadmapChange withoutContactDetails(RoadmapChange change) {
		return new RoadmapChange(change.at(), change.by(), change.origin(),
				change.changes().stream().map(Change::withoutContactDetails).toList());
	}

	private static RoadmapChange filter(RoadmapChange change, Collection<EntityType> entityTypes,
			Collection<String> ids) {
		if ((entityTypes == null || entityTypes.isEmpty()) && (ids == null || ids.isEmpty())) {
			return change;
		}
		List<Change> matching = change.changes()
			.stream()
			.filter((one) -> entityTypes == null || entityTypes.isEmpty() || entityTypes.contains(one.entityType()))
			.filter((one) -> ids == null || ids.isEmpty() || ids.contains(one.entityId()))
			.toList();
		return matching.isEmpty() ? null : new RoadmapChange(change.at(), change.by(), change.origin(), matching);
	}

}
