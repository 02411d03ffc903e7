/**
 * The API types every feature shares: errors and their codes, connections and cursors, limits, partial updates,
 * field rules, the record format and the Cypher helpers of the stores.
 */
@ApplicationModule(allowedDependencies = {})
package io.mvgraph.api;

import org.springframework.modulith.ApplicationModule;
