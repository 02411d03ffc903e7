package io.mvgraph.api;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.stereotype.Component;

/**
 * Answers a field from what the request's compiled statement prefetched ({@link Prefetched}) instead of running
 * its resolver: the batch loaders stay for whatever the compiler does not cover. Requests that compiled nothing
 * pay one map lookup per field. A {@link SimplePerformantInstrumentation}: the steps it does not instrument (every
 * field's fetch and completion) cost nothing.
 */
@Component
class PrefetchInstrumentation extends SimplePerformantInstrumentation {

	private static final Object ABSENT = new Object();

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher()) {
			return dataFetcher;
		}
		return (DataFetchingEnvironment environment) -> {
			Prefetched prefetched = Prefetched.find(environment.getGraphQlContext());
			Object source = environment.getSource();
			if (prefetched != null && source != null) {
				Object value = prefetched.get(source, environment.getMergedField().getResultKey(), ABSENT);
				if (value != ABSENT) {
					return value;
				}
			}
			return dataFetcher.get(environment);
		};
	}

}
