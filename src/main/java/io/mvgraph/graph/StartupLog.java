package io.mvgraph.graph;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.mvgraph.api.StartupParts;
import io.mvgraph.api.Warmup;
import io.mvgraph.embedded.EmbeddedNeo4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, once the service is ready, what a user needs to know: which Neo4j, where its data is, what the graph
 * holds and where to point a browser. Then warms the query plans and the request path up in the background
 * ({@link RequestWarmup}), so that the first users do not pay for their compilation.
 */
@Component
class StartupLog {

	private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

	private final AboutService about;

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final List<Warmup> warmups;

	private final Environment environment;

	private final StartupParts parts;

	StartupLog(AboutService about, ObjectProvider<EmbeddedNeo4j> embedded, List<Warmup> warmups,
			Environment environment, StartupParts parts) {
		this.about = about;
		this.parts = parts;
		this.embedded = embedded;
		this.warmups = warmups;
		this.environment = environment;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		About about = this.about.about();
		EmbeddedNeo4j neo4j = this.embedded.getIfAvailable();
		String where = neo4j != null
				? "embedded, data in " + neo4j.properties().dataDir() + ", Bolt at " + neo4j.boltUri()
				: "external at " + this.environment.getProperty("spring.neo4j.uri");
		log.info("Neo4j {} {} ({}); graph holds {} bodies, {} work items, {} topics, {} liaisons",
				about.neo4jVersion(), about.neo4jEdition(), where, about.counts().bodies(),
				about.counts().workItems(), about.counts().topics(), about.counts().liaisons());
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String base = "http://localhost:" + web.getWebServer().getPort();
			log.info("mvgraph {} ready:\n  GraphQL    {}/graphql\n  GraphiQL   {}/graphiql\n  Dashboard  {}/\n"
					+ "  Health     {}/actuator/health", about.version(), base, base, base, base);
		}
		List<StartupParts.Part> parts = this.parts.parts();
		String beside = parts.stream().filter(StartupParts.Part::beside).map(StartupParts.Part::toString)
			.collect(Collectors.joining(", "));
		String onTheWay = parts.stream().filter((part) -> !part.beside()).map(StartupParts.Part::toString)
			.collect(Collectors.joining(", "));
		log.info("Start-up took {} s from the JVM's start: {}{}", seconds(ManagementFactory.getRuntimeMXBean().getUptime()),
				onTheWay.isEmpty() ? "" : onTheWay + "; ",
				beside.isEmpty() ? "" : "on threads of their own, beside Spring's set-up: " + beside);
		URI graphql = event.getApplicationContext() instanceof WebServerApplicationContext web
				&& web.getWebServer() != null && web.getWebServer().getPort() > 0
						? URI.create("http://localhost:" + web.getWebServer().getPort() + "/graphql") : null;
		int requests = this.environment.getProperty("mvgraph.warmup.requests", Integer.class, 3000);
		Duration maxTime = this.environment.getProperty("mvgraph.warmup.max-time", Duration.class, Duration.ofSeconds(60));
		RequestWarmup requestWarmup = graphql != null && requests > 0 ? new RequestWarmup(graphql, requests, maxTime) : null;
		if (!this.warmups.isEmpty() || requestWarmup != null) {
			Thread thread = new Thread(() -> warmUp(requestWarmup), "mvgraph-warmup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	private static String seconds(long millis) {
		return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
	}

	private void warmUp(RequestWarmup requests) {
		long started = System.nanoTime();
		for (Warmup warmup : this.warmups) {
			try {
				warmup.run();
			}
			catch (RuntimeException ex) {
				log.debug("Warm-up step {} failed (harmless)", warmup, ex);
			}
		}
		log.info("Query plans warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
		if (requests != null) {
			requests.run();
		}
	}

}
