package io.mvgraph.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Date} scalar of graphql-java-extended-scalars, made strict: it parses with a lenient pattern that
 * silently turns 2025-02-30 into 2025-02-28; here an impossible date is a {@code BAD_REQUEST}.
 */
final class StrictDateScalar {

	private StrictDateScalar() {
	}

	@SuppressWarnings("unchecked")
	static GraphQLScalarType create() {
		Coercing<LocalDate, String> lenient = (Coercing<LocalDate, String>) ExtendedScalars.Date.getCoercing();
		return GraphQLScalarType.newScalar(ExtendedScalars.Date).coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				return lenient.serialize(value, context, locale);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					check(text, CoercingParseValueException::new);
				}
				return lenient.parseValue(input, context, locale);
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue text) {
					check(text.getValue(), CoercingParseLiteralException::new);
				}
				return lenient.parseLiteral(input, variables, context, locale);
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return lenient.valueToLiteral(input, context, locale);
			}

		}).build();
	}

	private static void check(String text, Function<String, RuntimeException> failure) {
		try {
			// ISO_LOCAL_DATE resolves strictly: no 30 February
			LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw failure.apply("Invalid date '" + text + "': expected an existing date YYYY-MM-DD");
		}
	}

}
