package io.mvgraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the structure: each top-level package a module, no cycles between them, each module using only the
 * modules its {@code package-info.java} allows. Writes the module documentation (diagrams and canvases) to
 * {@code docs/modules/}.
 */
class ModularStructureTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MvgraphApplication.class);

	@Test
	void shouldHaveNoCyclesAndOnlyAllowedDependencies() {
		MODULES.verify();
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation();
	}

}
