/**
 * The in-process Neo4j used when no external URI is set.
 */
@ApplicationModule(allowedDependencies = {})
package io.mvgraph.embedded;

import org.springframework.modulith.ApplicationModule;
