/**
 * Snapshots of the roadmap and roadmapDiff.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "dataset", "history", "liaison", "meeting", "people", "security", "topic", "workitem" })
package io.mvgraph.snapshot;

import org.springframework.modulith.ApplicationModule;
