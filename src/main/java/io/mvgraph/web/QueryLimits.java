package io.mvgraph.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.validation.ValidationError;

/**
 * The depth and cost limits of every query, decided once per document, operation and variables: both walk the whole
 * document, and a dashboard or script asks the same few queries again and again (with the cached, already validated
 * documents of {@link ParsedDocumentCache}, the walks were a tenth of a small read's time in the service). The
 * verdict is a pure function of those three and the schema, so a cached one is the verdict the walks would give.
 * Documents are held weakly (by identity): one that leaves the parsed-document cache takes its verdicts along. Only
 * queries are remembered: a mutation's variables may be large (a whole data set), and mutations are not repeated.
 */
final class QueryLimits extends SimplePerformantInstrumentation {

	/** No limit was exceeded. */
	private static final Object WITHIN = new Object();

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	private final Cache<Document, Map<Key, Object>> verdicts = Caffeine.newBuilder().weakKeys().maximumSize(1000).build();

	QueryLimits(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity) {
		this.depth = depth;
		this.complexity = complexity;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		// the cost limit keeps the validation's parameters in a state of its own, for its QueryComplexityInfo
		return this.complexity.createStateAsync(parameters);
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		return this.complexity.beginValidation(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		if (context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
			if (check(parameters, state) instanceof AbortExecutionException refused) {
				throw refused;
			}
			return SimpleInstrumentationContext.noOp();
		}
		Key key = new Key(context.getOperationDefinition().getName(), context.getCoercedVariables().toMap());
		Map<Key, Object> byDocument = this.verdicts.get(context.getDocument(), (document) -> new ConcurrentHashMap<>());
		Object verdict = byDocument.get(key);
		if (verdict == null) {
			verdict = check(parameters, state);
			if (byDocument.size() < 100) {
				byDocument.put(key, verdict);
			}
		}
		if (verdict instanceof AbortExecutionException refused) {
			throw refused;
		}
		return SimpleInstrumentationContext.noOp();
	}

	private Object check(InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		try {
			this.depth.beginExecuteOperation(parameters, null);
			this.complexity.beginExecuteOperation(parameters, state);
			return WITHIN;
		}
		catch (AbortExecutionException ex) {
			return ex;
		}
	}

	/** An operation of a document and the variables it was asked with (null values included: they are values). */
	private record Key(String operation, Map<String, Object> variables) {
	}

}
