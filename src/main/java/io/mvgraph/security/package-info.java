/**
 * Users, roles, who may see contact details.
 */
@ApplicationModule(allowedDependencies = { "api" })
package io.mvgraph.security;

import org.springframework.modulith.ApplicationModule;
