package io.mvgraph.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements the service sends to Neo4j while some work runs, by listening to Spring Data
 * Neo4j's statement log (every statement of the service goes through its {@code Neo4jClient}, which logs each one).
 */
public final class CypherStatementCounter {

	private static final String LOGGER = "org.springframework.data.neo4j.cypher";

	private CypherStatementCounter() {
	}

	public static int count(Runnable work) {
		return statements(work).size();
	}

	/** The statements sent while the work ran, in order (their Cypher text as Spring Data Neo4j logs it). */
	public static java.util.List<String> statements(Runnable work) {
		Logger logger = (Logger) LoggerFactory.getLogger(LOGGER);
		Level level = logger.getLevel();
		boolean additive = logger.isAdditive();
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		logger.setLevel(Level.DEBUG);
		logger.setAdditive(false);
		try {
			work.run();
			return appender.list.stream()
				.filter((event) -> event.getLevel() == Level.DEBUG)
				// the background warm-up after start-up (StartupLog) is no request's statement
				.filter((event) -> !"mvgraph-warmup".equals(event.getThreadName()))
				.map(ILoggingEvent::getFormattedMessage)
				.toList();
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(level);
			logger.setAdditive(additive);
		}
	}

}
