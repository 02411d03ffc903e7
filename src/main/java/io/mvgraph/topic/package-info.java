/**
 * Topics: read model, data-set record, store, mutations.
 */
@ApplicationModule(allowedDependencies = { "api", "history", "security" })
package io.mvgraph.topic;

import org.springframework.modulith.ApplicationModule;
