package io.mvgraph.history;

import java.util.Collection;
import java.util.List;

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
 * The committed changes of this service instance, as a hot stream for the {@code roadmapChanged} subscription.
 * Only work that committed goes out (a rolled back mutation sends nothing). A subscriber that cannot keep up loses
 * the oldest of its {@value #BUFFER} unsent changes, never slows down the writers.
 */
@Component
public class RoadmapChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(RoadmapChangeFeed.class);

	static final int BUFFER = 256;

	private final Sinks.Many<RoadmapChange> sink = Sinks.many().multicast().directBestEffort();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(RoadmapChanged event) {
		if (event.changes().isEmpty()) {
			return;
		}
		// one emitter at a time: commits on several threads must not interleave in the sink
		synchronized (this.sink) {
			this.sink.tryEmitNext(RoadmapChange.of(event.changes()));
		}
	}

	/**
	 * The changes committed from now on; with {@code entityTypes} or {@code ids}, only the changes of those records
	 * (a transaction none of whose changes match sends nothing).
	 */
	public Flux<RoadmapChange> changes(Collection<EntityType> entityTypes, Collection<String> ids) {
		return this.sink.asFlux()
			.onBackpressureBuffer(BUFFER, (dropped) -> log.warn("A roadmapChanged subscriber is too slow: dropped the "
					+ "changes of {} at {}", dropped.by(), dropped.at()), BufferOverflowStrategy.DROP_OLDEST)
			.publishOn(Schedulers.boundedElastic())
			.mapNotNull((change) -> filter(change, entityTypes, ids));
	}

	/** How many subscribers listen now. */
	public int subscriberCount() {
		return this.sink.currentSubscriberCount();
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
