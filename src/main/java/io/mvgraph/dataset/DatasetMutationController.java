package io.mvgraph.dataset;

import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.mvgraph.api.DatasetProblem;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.security.Roles;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code importDataset}: the import for clients that speak only GraphQL. */
@Controller
class DatasetMutationController {

	private final DatasetService datasets;

	private final JsonMapper json = JsonMapper.builder().build();

	DatasetMutationController(DatasetService datasets) {
		this.datasets = datasets;
	}

	@MutationMapping
	@PreAuthorize(Roles.IS_EDITOR)
	GraphQlImportReport importDataset(@Argument Object dataset, @Argument Boolean dryRun, Principal principal) {
		byte[] file = this.json.writeValueAsBytes(dataset);
		ImportReport report = this.datasets.importFrom(new ByteArrayInputStream(file), principal.getName(),
				Boolean.TRUE.equals(dryRun));
		if (report.rejected()) {
			throw new Rejected(report);
		}
		return new GraphQlImportReport(report.outcome().name(), report.dryRun(),
				report.sections()
					.entrySet()
					.stream()
					.map((entry) -> new Section(entry.getKey(), entry.getValue().created(), entry.getValue().updated(),
							entry.getValue().unchanged()))
					.toList(),
				report.warnings(), report.millis());
	}

	@GraphQlExceptionHandler
	GraphQLError rejected(Rejected rejected, DataFetchingEnvironment environment) {
		List<Map<String, String>> problems = rejected.report.problems()
			.stream()
			.map((problem) -> Map.of("path", problem.path(), "message", problem.message()))
			.toList();
		return GraphqlErrorBuilder.newError(environment)
			.errorType(ErrorCode.BAD_REQUEST)
			.message("The data set has " + problems.size() + " problem(s); nothing was changed. First: "
					+ rejected.report.problems().get(0))
			.extensions(Map.of("code", ErrorCode.BAD_REQUEST.name(), "field", "dataset", "problems", problems))
			.build();
	}

	record GraphQlImportReport(String outcome, boolean dryRun, List<Section> sections, List<DatasetProblem> warnings,
			long millis) {
	}

	record Section(String name, int created, int updated, int unchanged) {
	}

	static final class Rejected extends RuntimeException {

		private final transient ImportReport report;

		Rejected(ImportReport report) {
			super("rejected", null, false, false);
			this.report = report;
		}

	}

}
