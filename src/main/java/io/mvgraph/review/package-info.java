/**
 * Overlap reviews, and the verdicts the overlap analysis filters with.
 */
@ApplicationModule(allowedDependencies = { "analysis", "api", "history", "security", "workitem" })
package io.mvgraph.review;

import org.springframework.modulith.ApplicationModule;
