package io.mvgraph.history;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * This service instance among the others behind one Neo4j: every change it records carries this id, so that the
 * other instances can tell the changes they did not make (and send them to their own subscribers). Random per start
 * (and per application context, so that two instances in one JVM are two as well).
 */
@Component
class ServiceInstance {

	private final String id = UUID.randomUUID().toString();

	String id() {
		return this.id;
	}

}
