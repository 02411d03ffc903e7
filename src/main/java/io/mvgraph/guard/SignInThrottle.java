package io.mvgraph.guard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address in a fixed window; once either reaches its limit,
 * that user or address is held back for the backoff period. In memory, per instance: behind several instances an
 * attacker gets the limit once per instance, still far from a brute force.
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	/** Bounds the memory an attacker can make us spend on counters for invented user names. */
	private static final int MAX_COUNTERS = 50_000;

	private final SignInProperties properties;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	SignInThrottle(SignInProperties properties) {
		this.properties = properties;
	}

	/** Seconds until this user or address may try again, or 0 if it may now. */
	public long retryAfterSeconds(String user, String address) {
		long now = System.nanoTime();
		long wait = Math.max(remaining(userKey(user), now), remaining(addressKey(address), now));
		return wait <= 0 ? 0 : Math.max(1, wait / 1_000_000_000L);
	}

	public void failed(String user, String address) {
		long now = System.nanoTime();
		if (this.counters.size() > MAX_COUNTERS) {
			this.counters.values().removeIf((counter) -> counter.expired(now));
		}
		// a spray of invented names beyond the bound adds no counters; the address counter still holds it back
		if (this.counters.size() <= MAX_COUNTERS || this.counters.containsKey(userKey(user))) {
			count(userKey(user), this.properties.maxFailuresPerUser(), now, "user '" + LogText.clean(user) + "'");
		}
		count(addressKey(address), this.properties.maxFailuresPerAddress(), now, "address " + address);
	}

	/** A correct sign-in clears the user's failures (not the address's: others may be guessing from there). */
	public void succeeded(String user) {
		this.counters.remove(userKey(user));
	}

	/** Forgets every failure, for an administrator who locked everyone out (and for tests). */
	public void clear() {
		this.counters.clear();
	}

	private void count(String key, int limit, long now, String who) {
		long window = this.properties.window().toNanos();
		long backoff = this.properties.backoff().toNanos();
		Counter counter = this.counters.compute(key, (k, old) -> {
			Counter current = old == null || old.expired(now) ? new Counter(0, now, now, window, backoff) : old;
			int failures = current.failures() + 1;
			long blockedUntil = failures >= limit ? now + backoff : current.blockedUntil();
			return new Counter(failures, current.windowStart(), blockedUntil, window, backoff);
		});
		if (counter.failures() == limit) {
			log.warn("Sign-in held back for {}: {} failures within {} s; for the next {} s every attempt gets RATE_LIMITED",
					who, limit, this.properties.window().toSeconds(), this.properties.backoff().toSeconds());
		}
	}

	private long remaining(String key, long now) {
		Counter counter = this.counters.get(key);
		return counter == null ? 0 : counter.blockedUntil() - now;
	}

	/** Bounded: a header may carry a name of kilobytes. */
	private static String userKey(String user) {
		return "user:" + (user.length() > 200 ? user.substring(0, 200) : user);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Counter(int failures, long windowStart, long blockedUntil, long window, long backoff) {

		boolean expired(long now) {
			return now - this.windowStart > this.window && now - this.blockedUntil > 0;
		}

	}

}
