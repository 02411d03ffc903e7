package io.mvgraph.web;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import io.mvgraph.api.PartialDate;

/**
 * {@code PartialDate}: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn, read and written exactly as given ({@link PartialDate}).
 * A value it cannot read is a {@code BAD_REQUEST} saying why; where a quarter is allowed is the record's rule.
 */
final class PartialDateScalar {

	private PartialDateScalar() {
	}

	static GraphQLScalarType create() {
		return GraphQLScalarType.newScalar()
			.name("PartialDate")
			.description("A date to the precision it is known: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-Qn (target dates)")
			.coercing(new Coercing<PartialDate, String>() {

				@Override
				public String serialize(Object value, GraphQLContext context, Locale locale) {
					if (value instanceof PartialDate || value instanceof String) {
						return value.toString();
					}
					if (value instanceof LocalDate day) {
						return day.toString();
					}
					throw new CoercingSerializeException("not a partial date: " + value);
				}

				@Override
				public PartialDate parseValue(Object input, GraphQLContext context, Locale locale) {
					if (!(input instanceof String text)) {
						throw new CoercingParseValueException("a PartialDate is a string, was " + input);
					}
					try {
						return PartialDate.parse(text);
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseValueException(ex.getMessage());
					}
				}

				@Override
				public PartialDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
						Locale locale) {
					if (!(input instanceof StringValue text)) {
						throw new CoercingParseLiteralException("a PartialDate is a string, was " + input);
					}
					try {
						return PartialDate.parse(text.getValue());
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseLiteralException(ex.getMessage());
					}
				}

				@Override
				public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
					return StringValue.of(input.toString());
				}

			})
			.build();
	}

}
