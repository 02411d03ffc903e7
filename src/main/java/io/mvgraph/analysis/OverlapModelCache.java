package io.mvgraph.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.mvgraph.history.RoadmapChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the overlap model of the current roadmap. Building it costs a full read of the work items (seconds at tens
 * of thousands of them), answering from it costs microseconds, so it is built once per state of the roadmap:
 * <ul>
 * <li>a committed change ({@link RoadmapChanged}, published by every write of this service) drops it at once;</li>
 * <li>every use first compares a cheap fingerprint of the graph (counts from the count store and the time of the last
 * recorded change) with the one it was built from, so that changes made by another instance of the service behind
 * the same Neo4j, or straight in the database, are seen too.</li>
 * </ul>
 * The service stays stateless in the sense that matters: any instance answers from the graph's current state.
 */
@Component
class OverlapModelCache {

	private static final Logger log = LoggerFactory.getLogger(OverlapModelCache.class);

	private final AnalysisRepository repository;

	private final TextAnalyzer analyzer = new TextAnalyzer();

	/** Moves on with every committed change, so that a model built from older data is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final Object lock = new Object();

	private volatile Cached cached;

	/** A model and the fingerprint of the graph it was built from. */
	record Cached(OverlapModel model, List<Object> fingerprint, long generation) {
	}

	private final RoadmapAsOf history;

	/** Models of past days, by day, with the fingerprint they were built from: the last few asked. */
	private final Map<LocalDate, Cached> past = new LinkedHashMap<>(8, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<LocalDate, Cached> eldest) {
			return size() > PAST_MODELS;
		}

	};

	/** How many models of past days are kept (a report and its analysis ask the same day a few times). */
	private static final int PAST_MODELS = 2;

	OverlapModelCache(AnalysisRepository repository, RoadmapAsOf history) {
		this.repository = repository;
		this.history = history;
	}

	/**
	 * The model of the roadmap as it stood on {@code day} ({@link RoadmapAsOf}); today or later: the current one.
	 * Built from a full read plus the work items' history (so the cost of a cold build, once per day asked and state of
	 * the graph); must run in a (read) transaction.
	 */
	OverlapModel asOf(LocalDate day) {
		if (day == null || !day.isBefore(LocalDate.now(java.time.ZoneOffset.UTC))) {
			return current();
		}
		// the snapshot the day is read from too: deleting one changes the day without changing the roadmap
		List<Object> fingerprint = List.of(this.repository.fingerprint(), this.history.baseOf(day));
		synchronized (this.past) {
			Cached known = this.past.get(day);
			if (fresh(known, fingerprint)) {
				return known.model();
			}
		}
		long generation = this.generation.get();
		OverlapModel model = OverlapModel.build(
				RoadmapAsOf.corpus(this.repository.corpus(true), this.history.rows(day)), this.analyzer);
		log.info("Overlap model as of {} built: {} work items, {} pairs kept, {} ms", day,
				model.statistics.workItems(), model.statistics.pairs(), model.statistics.millis());
		if (this.generation.get() == generation) {
			synchronized (this.past) {
				this.past.put(day, new Cached(model, fingerprint, generation));
			}
		}
		return model;
	}

	// first: the findings' reconciliation, right after, must build the new model, not drop it
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener
	void roadmapChanged(RoadmapChanged event) {
		// a finding's lifecycle is no input of the model: its changes keep the model
		if (!event.changes().isEmpty() && event.changes().stream()
			.allMatch((change) -> change.entityType() == io.mvgraph.history.EntityType.FINDING)) {
			return;
		}
		this.generation.incrementAndGet();
		this.cached = null;
		synchronized (this.past) {
			this.past.clear();
		}
	}

	/** The model of the graph as it is now; must run in a (read) transaction. */
	OverlapModel current() {
		return current(this.repository.fingerprint()).model();
	}

	/**
	 * The current model without asking the graph (null when there is none since the last change this instance made):
	 * for a caller that checks its fingerprint itself, in the statement that reads what it answers
	 * ({@link AnalysisStatement}).
	 */
	Cached peek() {
		Cached current = this.cached;
		return current != null && current.generation() == this.generation.get() ? current : null;
	}

	/** The model of the graph whose fingerprint was just read (rebuilt when it differs from the cached one's). */
	Cached current(List<Object> fingerprint) {
		Cached current = this.cached;
		if (fresh(current, fingerprint)) {
			return current;
		}
		synchronized (this.lock) {
			current = this.cached;
			if (fresh(current, fingerprint)) {
				return current;
			}
			long generation = this.generation.get();
			OverlapModel model = OverlapModel.build(this.repository.corpus(false), this.analyzer);
			log.info("Overlap model built: {} work items, {} terms, {} candidate pairs scored, {} pairs kept, {} ms",
					model.statistics.workItems(), model.statistics.terms(), model.statistics.candidatePairs(),
					model.statistics.pairs(), model.statistics.millis());
			Cached built = new Cached(model, fingerprint, generation);
			if (this.generation.get() == generation) {
				this.cached = built;
			}
			return built;
		}
	}

	private boolean fresh(Cached current, List<Object> fingerprint) {
		return current != null && current.generation() == this.generation.get()
				&& current.fingerprint().equals(fingerprint);
	}

}
