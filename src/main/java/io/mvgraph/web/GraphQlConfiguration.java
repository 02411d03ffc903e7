package io.mvgraph.web;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLTypeUtil;
import io.mvgraph.api.ErrorCode;
import io.mvgraph.api.GraphQlLimits;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Scalars and the depth and cost limits of every query ({@code TOO_COMPLEX}). */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	/** What a list field without "first" is assumed to return, for the cost estimate. */
	static final int ASSUMED_LIST_SIZE = 10;

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(StrictDateScalar.create())
			.scalar(PartialDateScalar.create())
			.scalar(ExtendedScalars.DateTime)
			.scalar(ExtendedScalars.Json);
	}

	/** Documents parsed and validated once per text (see {@link ParsedDocumentCache}). */
	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		ParsedDocumentCache cache = new ParsedDocumentCache(500);
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

	/** Both limits, decided once per document, operation and variables ({@link QueryLimits}). */
	@Bean
	Instrumentation queryLimits(GraphQlLimits limits) {
		return new QueryLimits(maxQueryDepth(limits), maxQueryComplexity(limits));
	}

	static MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new TooComplex("The query is " + depth + " levels deep; the limit is " + maxDepth);
			}
		};
	}

	static MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimits limits) {
		// A list field costs as much as the rows it may return: its children times its "first" (a "first" above the
		// page bound is refused by the field itself, with an error that names it), or times an assumed fan-out of
		// ASSUMED_LIST_SIZE where it has no "first". Introspection (GraphiQL) is counted flat.
		// For example workItems(first: 50) { edges { node { topics { id } } } } costs about 50 x 10 x 2.
		FieldComplexityCalculator calculator = (environment, childComplexity) -> {
			Object first = environment.getArguments().get("first");
			int rows;
			if (first instanceof Integer size) {
				rows = Math.min(Math.max(size, 1), limits.maxPageSize());
			}
			else {
				// a connection's edges are already counted by its "first"
				String parent = environment.getParentType().getName();
				boolean introspection = parent.startsWith("__") || environment.getField().getName().startsWith("__");
				boolean edges = parent.endsWith("Connection");
				boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType()));
				rows = list && !introspection && !edges ? ASSUMED_LIST_SIZE : 1;
			}
			return 1 + childComplexity * rows;
		};
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), calculator) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return new TooComplex("The query would cost " + complexity + " units; the limit is " + maxComplexity
						+ " (a list field costs its sub-selection times its 'first', or times " + ASSUMED_LIST_SIZE + " without one)");
			}
		};
	}

	/** An aborted execution that says why, with the contract's code. */
	static final class TooComplex extends AbortExecutionException {

		TooComplex(String message) {
			super(message);
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", ErrorCode.TOO_COMPLEX.name());
		}

	}

}
