package io.mvgraph.guard;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import io.mvgraph.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Refuses every mutation with {@code UNAVAILABLE} while the disk is below the threshold, before it runs. A
 * {@link SimplePerformantInstrumentation}: the steps it does not instrument cost nothing per field.
 */
@Component
class WriteGuardInstrumentation extends SimplePerformantInstrumentation {

	private final DiskSpace disk;

	WriteGuardInstrumentation(DiskSpace disk) {
		this.disk = disk;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
		if (operation == OperationDefinition.Operation.MUTATION && this.disk.isLow()) {
			throw new Unavailable(this.disk.message());
		}
		return null;
	}

	static final class Unavailable extends AbortExecutionException {

		Unavailable(String message) {
			super(message);
		}

		@Override
		public Map<String, Object> getExtensions() {
			return Map.of("code", ErrorCode.UNAVAILABLE.name());
		}

	}

}
