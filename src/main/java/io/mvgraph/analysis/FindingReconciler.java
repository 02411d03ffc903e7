package io.mvgraph.analysis;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.mvgraph.history.Change;
import io.mvgraph.history.ChangeRecorder;
import io.mvgraph.history.EntityType;
import io.mvgraph.history.RoadmapChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moves findings make by themselves, recorded by the write that causes them (an import, a liaison, a link, a
 * review), never by a read. Right after a write that can change findings commits (its {@link RoadmapChanged}: work
 * items, bodies, topics, liaisons, reviews), in a transaction of its own, on the same thread (so the write's answer
 * comes after it):
 * <ul>
 * <li>every finding computed now gets its node (OPEN at version 0 the first time) with its content as computed;</li>
 * <li>a finding no longer computed because a current channel now coordinates one of its pairs becomes RESOLVED,
 * naming the channel (from any status);</li>
 * <li>a finding no longer computed because all its pairs are rejected becomes DISMISSED;</li>
 * <li>a DISMISSED finding that a pair joined (a pair it did not have) becomes OPEN again.</li>
 * </ul>
 * Each move is a change in the history and in {@code roadmapChanged}, by the user and with the origin of the write
 * ({@code api}, {@code import}, {@code seed}). Why after the commit and not inside the write: the model is built from
 * committed data and cached; building it inside the write's transaction would cache a state that may roll back. The
 * price: if the service stops between the two commits, the moves wait for the next write (each run reconciles the
 * whole state, so nothing is lost). A failed run (a deadlock with a concurrent move) is logged and left to the next.
 */
@Component
class FindingReconciler {

	private static final Logger log = LoggerFactory.getLogger(FindingReconciler.class);

	/** What findings are computed from: a write that changed none of these changes no finding. */
	private static final Set<EntityType> INPUTS = EnumSet.of(EntityType.WORK_ITEM, EntityType.BODY, EntityType.TOPIC,
			EntityType.LIAISON, EntityType.OVERLAP_REVIEW);

	private final OverlapService overlaps;

	private final FindingService findings;

	private final FindingStore store;

	private final ChangeRecorder recorder;

	private final TransactionTemplate transaction;

	FindingReconciler(OverlapService overlaps, FindingService findings, FindingStore store, ChangeRecorder recorder,
			PlatformTransactionManager transactions) {
		this.overlaps = overlaps;
		this.findings = findings;
		this.store = store;
		this.recorder = recorder;
		this.transaction = new TransactionTemplate(transactions);
		// a transaction of its own: this runs while the write's transaction is completing
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(RoadmapChanged event) {
		Change first = event.changes().stream().filter((change) -> INPUTS.contains(change.entityType())).findFirst()
			.orElse(null);
		if (first == null) {
			return;
		}
		long started = System.nanoTime();
		try {
			Integer moved = this.transaction.execute((status) -> reconcile(first.by(), first.origin()));
			long millis = (System.nanoTime() - started) / 1_000_000;
			if (millis > 500) {
				log.info("Findings reconciled after a write by {} ({}): {} moved, {} ms", first.by(), first.origin(),
						moved, millis);
			}
			else {
				log.debug("Findings reconciled: {} moved, {} ms", moved, millis);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Findings not reconciled after a write by {} ({}); the next write will: {}", first.by(),
					first.origin(), ex.toString());
		}
	}

	/** Applies the automatic moves to the graph as it is now; returns how many findings moved. */
	int reconcile(String by, String origin) {
		OverlapModel model = this.overlaps.model();
		CoordinationPolicy policy = this.overlaps.policy();
		List<Findings.Draft> drafts = this.findings.computed(model, policy);
		List<FindingStore.Stored> nodes = this.store.lockAll();
		Map<String, Findings.Draft> computed = new HashMap<>();
		drafts.forEach((draft) -> computed.put(draft.id(), draft));
		Set<OverlapPair> rejected = this.overlaps.rejected();
		List<FindingStore.Stored> vanished = nodes.stream()
			.filter((node) -> !computed.containsKey(node.record().id()))
			.filter((node) -> node.record().status() != FindingStatus.RESOLVED)
			.toList();
		Map<Long, long[]> pairs = FindingService.pairs(model, vanished);
		List<ChangeRecorder.Entry> entries = new ArrayList<>();
		List<FindingRecord> moved = new ArrayList<>();
		for (FindingStore.Stored node : nodes) {
			FindingRecord before = node.record();
			FindingRecord after = null;
			Findings.Draft draft = computed.get(before.id());
			if (draft != null) {
				if (before.status() == FindingStatus.DISMISSED) {
					Set<String> known = new HashSet<>(node.pairs());
					List<String> joined = draft.pairIds(model).stream().filter((pair) -> !known.contains(pair)).toList();
					if (!joined.isEmpty()) {
						after = before.moved(FindingStatus.OPEN, "Reopened by itself: a new pair joined ("
								+ String.join(", ", joined) + ")");
					}
				}
			}
			else if (before.status() != FindingStatus.RESOLVED) {
				after = automatic(model, policy, node, pairs, rejected);
			}
			if (after != null) {
				moved.add(after);
				entries.add(new ChangeRecorder.Entry(EntityType.FINDING, before.id(), before, after));
			}
		}
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		this.store.keepContent(model, drafts, now, by);
		if (!moved.isEmpty()) {
			this.store.write(moved, now, by);
			this.recorder.record(entries, by, origin);
		}
		return moved.size();
	}

	/** RESOLVED by the first current channel of one of its pairs, DISMISSED when all are rejected, else nothing. */
	private static FindingRecord automatic(OverlapModel model, CoordinationPolicy policy, FindingStore.Stored node,
			Map<Long, long[]> pairs, Set<OverlapPair> rejected) {
		boolean allRejected = !node.pairs().isEmpty();
		for (String pairId : node.pairs()) {
			long[] pair = pairs.get(FindingService.unordered(model, pairId));
			if (pair != null) {
				for (CoordinationChannel channel : model.channels((int) pair[0], (int) pair[1], policy)) {
					if (channel.current()) {
						return node.record()
							.moved(FindingStatus.RESOLVED, "Resolved by itself: " + channel.evidence())
							.resolvedBy(channel.evidence(), channel.liaisonIds());
					}
				}
			}
			int bar = pairId.indexOf('|');
			allRejected &= bar > 0
					&& rejected.contains(new OverlapPair(pairId.substring(0, bar), pairId.substring(bar + 1)));
		}
		if (allRejected && node.record().status() != FindingStatus.DISMISSED) {
			return node.record().moved(FindingStatus.DISMISSED, "Dismissed by itself: all its pairs were rejected");
		}
		return null;
	}

}
