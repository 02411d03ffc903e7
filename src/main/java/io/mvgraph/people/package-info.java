/**
 * People, roles, contact lists, representation gaps: read model, data-set record, store, mutations.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "history", "security" })
package io.mvgraph.people;

import org.springframework.modulith.ApplicationModule;
