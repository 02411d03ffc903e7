package io.mvgraph.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What the start-up spent its time on (Spring's set-up, the embedded Neo4j, the schema migrations, the reference
 * data ...), as each part reports it, for the one line of the start-up log that says where the seconds went. A part
 * that ran on a thread of its own, beside Spring's set-up, says so: its seconds are not on the way to "ready" unless
 * something waited for it, and the wait is a part of its own.
 */
@Component
public class StartupParts {

	/**
	 * One part of the start-up and how long it took.
	 *
	 * @param beside whether it ran on a thread of its own while Spring set the service up
	 * @param note what the part consists of, or null
	 */
	public record Part(String name, Duration took, boolean beside, String note) {

		@Override
		public String toString() {
			return this.name + " " + seconds(this.took) + " s" + (this.note != null ? " (" + this.note + ")" : "");
		}

	}

	private final List<Part> parts = new ArrayList<>();

	/** A part on the thread that starts the service. */
	public synchronized void record(String name, Duration took) {
		record(name, took, null);
	}

	public synchronized void record(String name, Duration took, String note) {
		this.parts.add(new Part(name, took, false, note));
	}

	/** A part on a thread of its own, beside Spring's set-up. */
	public synchronized void recordBeside(String name, Duration took) {
		recordBeside(name, took, null);
	}

	public synchronized void recordBeside(String name, Duration took, String note) {
		this.parts.add(new Part(name, took, true, note));
	}

	public synchronized List<Part> parts() {
		return List.copyOf(this.parts);
	}

	/** Seconds with one decimal, the way the start-up log gives them. */
	public static String seconds(Duration took) {
		return String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0);
	}

}
