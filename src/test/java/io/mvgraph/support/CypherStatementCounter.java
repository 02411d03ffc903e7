package io.mvgraph.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements the service sends to Neo4j while some work runs, by listening to the two statement
 * logs: Spring Data Neo4j's (its {@code Neo4jClient} logs each statement) and {@code io.mvgraph.cypher} (the
 * auto-commit reads of {@code Graph.read}, which go to the driver directly). Every statement goes one of the two ways.
 */
public final class CypherStatementCounter {

	private static final java.util.List<String> LOGGERS = java.util.List.of("org.springframework.data.neo4j.cypher",
			"io.mvgraph.cypher");

	private CypherStatementCounter() {
	}

	public static int count(Runnable work) {
		return statements(work).size();
	}

	/** The statements sent while the work ran, in order (their Cypher text as Spring Data Neo4j logs it). */
	public static java.util.List<String> statements(Runnable work) {
		java.util.List<Logger> loggers = LOGGERS.stream().map((name) -> (Logger) LoggerFactory.getLogger(name)).toList();
		java.util.List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
		java.util.List<Boolean> additive = loggers.stream().map(Logger::isAdditive).toList();
		// one appender for both: the statements in the order they were sent
		ListAppender<ILoggingEvent> appender = new ListAppender<>() {
			@Override
			protected void append(ILoggingEvent event) {
				// Logback names an event's thread when first asked: ask now, on the thread that logged it
				event.getThreadName();
				super.append(event);
			}
		};
		appender.start();
		for (Logger logger : loggers) {
			logger.addAppender(appender);
			logger.setLevel(Level.DEBUG);
			logger.setAdditive(false);
		}
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
			for (int i = 0; i < loggers.size(); i++) {
				loggers.get(i).detachAppender(appender);
				loggers.get(i).setLevel(levels.get(i));
				loggers.get(i).setAdditive(additive.get(i));
			}
		}
	}

}
