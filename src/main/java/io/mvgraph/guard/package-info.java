/**
 * What keeps the service up under faults, load and hostile input, kept apart from the features: body size caps
 * before buffering, the Origin check against cross-site writes, sign-in throttling, the disk threshold for writes,
 * Neo4j outages, and the error shape of the HTTP layer (README, "Security and limits").
 */
package io.mvgraph.guard;
