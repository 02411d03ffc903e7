package io.mvgraph.liaison;

import io.mvgraph.body.Body;

/**
 * Who must act on an incoming statement: a body, or a person (by id and name; {@code person(id:)} gives the rest, so
 * that the liaison module needs nothing of the people module).
 */
public record LiaisonActionHolder(Body body, String personId, String personName) {
}
