package io.mvgraph.embedded;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Begins the embedded Neo4j as soon as the configuration is known, before Spring creates a single bean: the
 * {@link EmbeddedNeo4jStart} bean then adopts the start under way instead of beginning one. Measured on the
 * 2-core machine, the bean was created some 4-5 s into the start-up (after the web server's set-up), and a restart
 * waited for the Neo4j it had only just begun; begun here, opening the store overlaps the whole of Spring's set-up.
 * Only the service's own {@code main} adds this listener (tests and the command-line commands start Neo4j as a bean).
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationListener<ApplicationEvent> {

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			begin(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationFailedEvent) {
			// the context never took the start over (or failed before it could): nothing else would stop it
			EmbeddedNeo4jStart.stopUnadopted();
		}
	}

	private static void begin(ConfigurableEnvironment environment) {
		// the same test as NoExternalNeo4jCondition, and the same binding as the bean's properties
		if (StringUtils.hasText(environment.getProperty("spring.neo4j.uri"))) {
			return;
		}
		EmbeddedNeo4jProperties properties = Binder.get(environment)
			.bind("mvgraph.embedded", EmbeddedNeo4jProperties.class)
			.orElseGet(() -> new EmbeddedNeo4jProperties(null, null, null, null));
		EmbeddedNeo4jStart.beginEarly(properties);
	}

}
