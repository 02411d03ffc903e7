/**
 * Importers of the registries the field already publishes (relaton bibliographic records first): a plug-in per
 * registry ({@link io.mvgraph.registry.RegistrySource}) maps its records; {@link io.mvgraph.registry.RegistryImport}
 * matches them to the roadmap by identifiers, reports conflicts with editors' changes, records provenance and
 * writes through the data-set import.
 */
@ApplicationModule(allowedDependencies = { "api", "body", "dataset", "workitem" })
package io.mvgraph.registry;

import org.springframework.modulith.ApplicationModule;
