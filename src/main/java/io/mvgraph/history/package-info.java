/**
 * The mechanics every mutation goes through (lock, version check, history), the change feed, history queries.
 */
@ApplicationModule(allowedDependencies = { "api", "security" })
package io.mvgraph.history;

import org.springframework.modulith.ApplicationModule;
