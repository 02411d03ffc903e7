/**
 * Bodies (organizations, groups, Questions): read model, data-set record, store, mutations.
 */
@ApplicationModule(allowedDependencies = { "api", "history", "security" })
package io.mvgraph.body;

import org.springframework.modulith.ApplicationModule;
