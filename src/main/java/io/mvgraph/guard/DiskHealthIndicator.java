package io.mvgraph.guard;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code disk} component of {@code /actuator/health}: the free space of the graph's data directory against
 * {@code mvgraph.disk.min-free}. Below it the status is {@code READ_ONLY} (HTTP 200: reads are served, so a load
 * balancer should keep the instance; writes are refused), mapped in application.yml.
 */
@Component("diskHealthIndicator")
class DiskHealthIndicator implements HealthIndicator {

	static final Status READ_ONLY = new Status("READ_ONLY", "Writes refused: the disk is below mvgraph.disk.min-free");

	private final DiskSpace disk;

	DiskHealthIndicator(DiskSpace disk) {
		this.disk = disk;
	}

	@Override
	public Health health() {
		if (this.disk.path() == null) {
			return Health.up().withDetail("watched", "no (an external Neo4j watches its own disk)").build();
		}
		long free = this.disk.usable();
		Health.Builder builder = this.disk.isLow() ? Health.status(READ_ONLY) : Health.up();
		return builder.withDetail("path", this.disk.path().toString())
			.withDetail("free", free)
			.withDetail("threshold", this.disk.minFree())
			.build();
	}

}
