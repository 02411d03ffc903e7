/**
 * GraphQL and REST plumbing: error mapping, limits, scalars.
 */
@ApplicationModule(allowedDependencies = { "api" })
package io.mvgraph.web;

import org.springframework.modulith.ApplicationModule;
