package io.mvgraph.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar mvgraph.jar import-registry <registry> <file-or-directory> [--dry-run] [--fetch]}: reads recorded
 * registry data (or, with {@code --fetch}, first GETs the configured addresses into the directory)
 * into the roadmap, printing its progress and the report. Like
 * the data-set commands: the configured Neo4j (or the embedded one's data directory, the service stopped), no web
 * server; exits 0, or 1 when the import was refused.
 */
public final class RegistryCommand {

	private RegistryCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length >= 1 && args[0].equals("import-registry");
	}

	public static int run(Class<?> application, String[] args) {
		List<String> options = Arrays.stream(args).skip(1).filter((arg) -> arg.startsWith("--")).toList();
		List<String> operands = Arrays.stream(args).skip(1).filter((arg) -> !arg.startsWith("--")).toList();
		boolean fetch = options.contains("--fetch");
		if (operands.size() != 2 || (!fetch && !Files.exists(Path.of(operands.get(1))))) {
			System.err.println("usage: mvgraph import-registry relaton|3gpp|w3c|iso|ietf <file-or-directory> [--dry-run]");
			System.err.println("       mvgraph import-registry <registry> <directory> --fetch [--dry-run]   "
					+ "(GETs mvgraph.registry.fetch.<registry> into the directory first)");
			return 2;
		}
		String[] springArgs = options.stream()
			.filter((option) -> !option.equals("--dry-run") && !option.equals("--fetch"))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			// a servlet context (the web beans need one; without it the tool did not start) but no server:
			// server.port=-1 starts none
			.web(WebApplicationType.SERVLET)
			.properties("mvgraph.seed=false", "server.port=-1")
			.run(springArgs)) {
			RegistryImport importer = context.getBean(RegistryImport.class);
			if (fetch) {
				RegistryFetch fetcher = context.getBean(RegistryFetch.class);
				fetcher.fetch(fetcher.addresses(operands.get(0)), Path.of(operands.get(1)), System.out::println);
			}
			RegistryReport report = importer.run(operands.get(0), Path.of(operands.get(1)),
					"registry:" + operands.get(0) + ":" + System.getProperty("user.name"), options.contains("--dry-run"),
					System.out::println);
			// the summary line was printed as the last progress line already
			report.lines().stream().skip(1).forEach(System.out::println);
			return report.rejected() ? 1 : 0;
		}
		catch (IllegalArgumentException | java.io.IOException ex) {
			System.err.println("mvgraph: " + ex.getMessage());
			return 1;
		}
	}

}
