package io.mvgraph.history;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The changes other service instances commit to the same Neo4j, for this instance's {@code roadmapChanged}
 * subscribers: the history recorded in Neo4j is the feed, no broker is needed. While anyone subscribes, this instance
 * reads the changes other instances recorded since it last looked ({@code mvgraph.feed.poll-interval}, default 1 s);
 * a change committed late with an earlier time is still caught within {@code mvgraph.feed.lookback} (default 30 s),
 * and none goes out twice.
 */
@Component
class RemoteChanges implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RemoteChanges.class);

	private static final int PAGE = 2000;

	private final HistoryService history;

	private final RoadmapChangeFeed feed;

	private final ServiceInstance instance;

	private final Duration interval;

	private final Duration lookback;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "mvgraph-remote-changes");
		thread.setDaemon(true);
		return thread;
	});

	/** The ids of the changes sent, with their time: forgotten once older than the lookback. */
	private final Map<String, ZonedDateTime> sent = new LinkedHashMap<>();

	/** When this instance began to listen (no subscriber: it does not look, and starts again from then). */
	private ZonedDateTime listeningSince;

	RemoteChanges(HistoryService history, RoadmapChangeFeed feed, ServiceInstance instance,
			@Value("${mvgraph.feed.poll-interval:1s}") Duration interval,
			@Value("${mvgraph.feed.lookback:30s}") Duration lookback) {
		this.history = history;
		this.feed = feed;
		this.instance = instance;
		this.interval = interval;
		this.lookback = lookback;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.scheduler.scheduleWithFixedDelay(this::poll, this.interval.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	void poll() {
		try {
			ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
			if (this.feed.subscriberCount() == 0) {
				this.listeningSince = null;
				this.sent.clear();
				return;
			}
			if (this.listeningSince == null) {
				this.listeningSince = now;
			}
			ZonedDateTime since = now.minus(this.lookback).isAfter(this.listeningSince) ? now.minus(this.lookback)
					: this.listeningSince;
			for (List<Change> transaction : this.history.othersSince(since, this.instance.id(), PAGE).values()) {
				List<Change> fresh = transaction.stream().filter((change) -> !this.sent.containsKey(change.id())).toList();
				if (fresh.isEmpty()) {
					continue;
				}
				fresh.forEach((change) -> this.sent.put(change.id(), change.at()));
				this.feed.emit(RoadmapChange.of(fresh));
			}
			this.sent.values().removeIf((at) -> at.isBefore(now.minus(this.lookback).minusSeconds(1)));
		}
		catch (RuntimeException ex) {
			// Neo4j unavailable for a moment: the next poll catches up (within the lookback)
			log.warn("Could not read the changes of other instances: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
