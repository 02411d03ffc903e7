package io.mvgraph.guard;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The disk the graph lives on.
 *
 * @param path the directory to watch; unset: the embedded Neo4j's data directory, or nothing with an external
 * Neo4j (whose disk its own server watches)
 * @param minFree below this much free space writes (mutations, imports) are refused with {@code UNAVAILABLE}, so
 * that Neo4j never runs out of space mid-transaction; reads go on
 * @param checkInterval how long a measurement of the free space is reused
 */
@ConfigurationProperties("mvgraph.disk")
public record DiskProperties(Path path, DataSize minFree, Duration checkInterval) {

	public DiskProperties {
		minFree = minFree != null ? minFree : DataSize.ofMegabytes(512);
		checkInterval = checkInterval != null ? checkInterval : Duration.ofSeconds(5);
	}

}
