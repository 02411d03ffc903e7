package io.mvgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import io.mvgraph.api.StartupParts;
import io.mvgraph.graph.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Loads the reference data set into an empty graph at start ({@code mvgraph.seed=true}), before the web server
 * takes requests. A graph that already holds bodies, topics or work items is left alone, so a restart imports
 * nothing twice.
 */
@Component
class ReferenceDataSeeder implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataSeeder.class);

	private final DatasetService datasets;

	private final Neo4jClient client;

	private final SchemaMigrations migrations;

	private final StartupParts parts;

	private final boolean enabled;

	private final Resource file;

	ReferenceDataSeeder(DatasetService datasets, Neo4jClient client, SchemaMigrations migrated, StartupParts parts,
			@Value("${mvgraph.seed:true}") boolean enabled,
			@Value("${mvgraph.seed-file:classpath:dataset/metaverse-standards.json}") Resource file) {
		this.datasets = datasets;
		this.client = client;
		this.migrations = migrated;
		this.parts = parts;
		this.enabled = enabled;
		this.file = file;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.migrations.apply();
		if (!this.enabled) {
			log.info("Reference data: not loaded (mvgraph.seed=false)");
			return;
		}
		long nodes = this.client.query("MATCH (n) WHERE n:Body OR n:Topic OR n:WorkItem RETURN count(n)")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		if (nodes > 0) {
			log.info("Reference data: not loaded, the graph already holds {} bodies, topics and work items", nodes);
			return;
		}
		log.info("Reference data: the graph is empty, loading {}", this.file.getDescription());
		long started = System.nanoTime();
		try (InputStream input = this.file.getInputStream()) {
			ImportReport report = this.datasets.importFrom(input, DatasetImporter.SEED_USER, false);
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			// the report's time ends before the commit; the findings are reconciled after it (FindingReconciler)
			Duration imported = Duration.ofMillis(report.millis());
			this.parts.record("reference data", took, "read, checked and written "
					+ StartupParts.seconds(imported) + " s, then committed and findings reconciled "
					+ StartupParts.seconds(took.minus(imported)) + " s");
			if (report.rejected()) {
				throw new IllegalStateException("The reference data set does not import: " + report.problems());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the reference data set " + this.file, ex);
		}
	}

}
