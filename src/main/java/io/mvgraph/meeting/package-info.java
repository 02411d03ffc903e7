/**
 * Meetings, agendas, deadlines, contributions: read model, data-set records, stores, mutations.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "history", "liaison", "people", "security" })
package io.mvgraph.meeting;

import org.springframework.modulith.ApplicationModule;
