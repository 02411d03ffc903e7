package io.mvgraph.guard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.mvgraph.embedded.EmbeddedNeo4jStart;
import io.mvgraph.api.ApiException;
import io.mvgraph.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The free space on the disk of the graph's data directory, measured at most every few seconds; writes ask
 * {@link #requireWritable()} first.
 */
@Component
public class DiskSpace {

	private static final Logger log = LoggerFactory.getLogger(DiskSpace.class);

	private final Path path;

	private final long minFree;

	private final long intervalNanos;

	private volatile long measuredAt;

	private volatile long usable = Long.MAX_VALUE;

	private volatile boolean low;

	DiskSpace(DiskProperties properties, ObjectProvider<EmbeddedNeo4jStart> embedded) {
		EmbeddedNeo4jStart neo4j = embedded.getIfAvailable();
		this.path = properties.path() != null ? properties.path().toAbsolutePath()
				: neo4j != null ? neo4j.properties().dataDir() : null;
		this.minFree = properties.minFree().toBytes();
		this.intervalNanos = properties.checkInterval().toNanos();
		this.measuredAt = System.nanoTime() - this.intervalNanos - 1;
	}

	/** The watched directory, or null when nothing is watched (an external Neo4j). */
	public Path path() {
		return this.path;
	}

	public long minFree() {
		return this.minFree;
	}

	/** Free bytes usable by this process, or {@code Long.MAX_VALUE} when nothing is watched. */
	public long usable() {
		measure();
		return this.usable;
	}

	public boolean isLow() {
		measure();
		return this.low;
	}

	/** Refuses a write with {@code UNAVAILABLE} while the disk is below the threshold. */
	public void requireWritable() {
		if (isLow()) {
			throw new ApiException(ErrorCode.UNAVAILABLE, null, message());
		}
	}

	public String message() {
		return "The disk of the graph is almost full (" + (this.usable >> 20) + " MB free, the threshold is "
				+ (this.minFree >> 20) + " MB, mvgraph.disk.min-free): writes are refused until space is freed; "
				+ "reads go on";
	}

	private void measure() {
		long now = System.nanoTime();
		if (this.path == null || now - this.measuredAt < this.intervalNanos) {
			return;
		}
		this.measuredAt = now;
		try {
			Path existing = this.path;
			while (existing != null && !Files.exists(existing)) {
				existing = existing.getParent();
			}
			long free = existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
			boolean wasLow = this.low;
			this.usable = free;
			this.low = free < this.minFree;
			if (this.low != wasLow) {
				if (this.low) {
					log.error("Disk of {} below the threshold: {} MB free, threshold {} MB; refusing writes", this.path,
							free >> 20, this.minFree >> 20);
				}
				else {
					log.info("Disk of {} back above the threshold ({} MB free); writes accepted again", this.path,
							free >> 20);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not measure the free space of {}: {}", this.path, ex.toString());
		}
	}

}
