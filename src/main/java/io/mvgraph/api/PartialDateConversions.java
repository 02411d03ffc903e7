package io.mvgraph.api;

import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.neo4j.core.convert.Neo4jConversions;

/**
 * How Spring Data Neo4j maps a {@link PartialDate} property: the text as given. Graphs written before format
 * version 2 hold full dates as Neo4j dates; they read as partial dates of day precision.
 */
@Configuration(proxyBeanMethods = false)
class PartialDateConversions {

	@Bean
	Neo4jConversions neo4jConversions() {
		return new Neo4jConversions(List.of(new GenericConverter() {

			@Override
			public Set<ConvertiblePair> getConvertibleTypes() {
				return Set.of(new ConvertiblePair(Value.class, PartialDate.class),
						new ConvertiblePair(PartialDate.class, Value.class));
			}

			@Override
			public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
				if (source == null) {
					return null;
				}
				if (source instanceof PartialDate date) {
					return Values.value(date.toString());
				}
				Value value = (Value) source;
				if (value.isNull()) {
					return null;
				}
				return value.hasType(TypeSystem.getDefault().DATE()) ? PartialDate.of(value.asLocalDate())
						: PartialDate.parse(value.asString());
			}

		}));
	}

}
