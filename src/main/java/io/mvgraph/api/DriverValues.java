package io.mvgraph.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statement parameters as the driver takes them, for {@link Graph#read}: text, numbers, booleans, dates and
 * date-times, lists and maps of those, and enums (by name, as Spring Data Neo4j's conversions write them).
 */
final class DriverValues {

	/** Not a value the driver takes as it is. */
	private static final Object UNKNOWN = new Object();

	private DriverValues() {
	}

	/** The parameters with every value the driver's own, or null when one needs Spring Data Neo4j's conversions. */
	static Map<String, Object> of(Map<String, Object> parameters) {
		Map<String, Object> values = new LinkedHashMap<>(parameters.size() * 2);
		for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
			Object value = value(parameter.getValue());
			if (value == UNKNOWN) {
				return null;
			}
			values.put(parameter.getKey(), value);
		}
		return values;
	}

	private static Object value(Object value) {
		if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
				|| value instanceof Integer || value instanceof Double || value instanceof LocalDate
				|| value instanceof LocalDateTime || value instanceof ZonedDateTime || value instanceof OffsetDateTime
				|| value instanceof LocalTime || value instanceof OffsetTime) {
			return value;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = new ArrayList<>(collection.size());
			for (Object element : collection) {
				Object converted = value(element);
				if (converted == UNKNOWN) {
					return UNKNOWN;
				}
				list.add(converted);
			}
			return list;
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				Object element = value(entry.getValue());
				if (!(entry.getKey() instanceof String key) || element == UNKNOWN) {
					return UNKNOWN;
				}
				converted.put(key, element);
			}
			return converted;
		}
		return UNKNOWN;
	}

}
