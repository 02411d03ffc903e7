/**
 * Overlaps, coordination, gaps, coverage, the TSAG report and the roadmap document.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "history", "liaison", "meeting", "security", "snapshot", "topic", "workitem" })
package io.mvgraph.analysis;

import org.springframework.modulith.ApplicationModule;
