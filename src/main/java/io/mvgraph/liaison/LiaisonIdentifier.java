package io.mvgraph.liaison;

import io.mvgraph.body.Body;

/** The number a body gave a liaison statement (its document number, a datatracker id...). */
public record LiaisonIdentifier(Body body, String value, String url) {
}
