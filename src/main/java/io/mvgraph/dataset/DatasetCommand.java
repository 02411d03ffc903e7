package io.mvgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administrators' command line: {@code java -jar mvgraph.jar import <file> [--dry-run]} and
 * {@code java -jar mvgraph.jar export <file> [--format=csv]}. Runs against the configured Neo4j (or the embedded
 * one's data directory, while the service is stopped), without a web server, and exits 0 on success.
 */
public final class DatasetCommand {

	private DatasetCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length >= 1 && (args[0].equals("import") || args[0].equals("export"));
	}

	public static int run(Class<?> application, String[] args) {
		List<String> options = Arrays.stream(args).skip(1).filter((arg) -> arg.startsWith("--")).toList();
		List<String> files = Arrays.stream(args).skip(1).filter((arg) -> !arg.startsWith("--")).toList();
		if (files.size() != 1) {
			System.err.println("usage: mvgraph import <file.json> [--dry-run] | mvgraph export <file> [--format=json|csv]");
			return 2;
		}
		Path file = Path.of(files.get(0));
		String[] springArgs = options.stream()
			.filter((option) -> !option.equals("--dry-run") && !option.startsWith("--format="))
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			// a servlet context (the web beans need one; without it the tool did not start) but no server:
			// server.port=-1 starts none
			.web(WebApplicationType.SERVLET)
			.properties("mvgraph.seed=false", "server.port=-1")
			.run(springArgs)) {
			DatasetService datasets = context.getBean(DatasetService.class);
			if (args[0].equals("import")) {
				try (InputStream input = Files.newInputStream(file)) {
					ImportReport report = datasets.importFrom(input, "cli:" + System.getProperty("user.name"),
							options.contains("--dry-run"));
					System.out.println(report.summary());
					report.problems().forEach((problem) -> System.out.println("  " + problem));
					return report.rejected() ? 1 : 0;
				}
			}
			boolean csv = options.contains("--format=csv");
			Dataset dataset = datasets.export();
			try (OutputStream output = Files.newOutputStream(file)) {
				if (csv) {
					datasets.writeCsv(dataset, output);
				}
				else {
					datasets.writeJson(dataset, output);
				}
			}
			System.out.println("exported " + dataset.workItems().size() + " work items to " + file.toAbsolutePath());
			return 0;
		}
		catch (IOException ex) {
			System.err.println("mvgraph: " + ex.getMessage());
			return 1;
		}
	}

}
