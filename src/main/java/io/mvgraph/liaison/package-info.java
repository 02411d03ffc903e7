/**
 * Liaison statements: read model, lifecycle, data-set record, store, mutations.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "history", "security", "topic", "workitem" })
package io.mvgraph.liaison;

import org.springframework.modulith.ApplicationModule;
