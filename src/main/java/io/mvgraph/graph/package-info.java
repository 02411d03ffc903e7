/**
 * What the service says about itself: about, schema migrations, the start-up log and its warm-ups.
 */
@ApplicationModule(allowedDependencies = { "api", "embedded" })
package io.mvgraph.graph;

import org.springframework.modulith.ApplicationModule;
