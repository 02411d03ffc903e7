/**
 * Work items: read model, data-set record, store, mutations, search.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "history", "security", "topic" })
package io.mvgraph.workitem;

import org.springframework.modulith.ApplicationModule;
