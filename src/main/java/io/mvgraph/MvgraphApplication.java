package io.mvgraph;

import io.mvgraph.dataset.DatasetCommand;
import io.mvgraph.embedded.EmbeddedNeo4jEarlyStart;
import io.mvgraph.registry.RegistryCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MvgraphApplication {

	public static void main(String[] args) {
		// "import <file>" and "export <file>" run once without a web server, for administrators.
		if (DatasetCommand.isCommand(args)) {
			System.exit(DatasetCommand.run(MvgraphApplication.class, args));
		}
		if (RegistryCommand.isCommand(args)) {
			System.exit(RegistryCommand.run(MvgraphApplication.class, args));
		}
		SpringApplication application = new SpringApplication(MvgraphApplication.class);
		// the embedded Neo4j opens its store while Spring sets the service up, from the very beginning
		application.addListeners(new EmbeddedNeo4jEarlyStart());
		application.run(args);
	}

}
