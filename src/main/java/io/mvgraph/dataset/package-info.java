/**
 * The data-set file format: parsing, writing, and an import across kinds through the features' stores; seed and
 * command line.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "graph", "history", "liaison", "meeting", "people", "security", "topic", "workitem" })
package io.mvgraph.dataset;

import org.springframework.modulith.ApplicationModule;
