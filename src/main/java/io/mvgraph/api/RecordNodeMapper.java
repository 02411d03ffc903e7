package io.mvgraph.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.function.Function;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.data.neo4j.core.schema.Property;

/**
 * Maps a node straight onto a {@code @Node} record whose components are all plain property types (text, numbers,
 * booleans, enums, dates, date-times, {@link PartialDate}), as Spring Data Neo4j's converter would, without its
 * per-node machinery (which showed in the profile of the one-statement reads: hundreds of nodes per request). A
 * value of an unexpected Neo4j type makes {@link #map} answer null, and the caller falls back to that converter,
 * so the result never differs from it.
 */
final class RecordNodeMapper {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	/** A component's value could not be read here. */
	private static final Object UNREADABLE = new Object();

	private final Constructor<?> constructor;

	private final String[] properties;

	private final Function<Value, Object>[] readers;

	/** Record component name to the node property it maps, in the components' order. */
	private final java.util.Map<String, String> propertyOf;

	private RecordNodeMapper(Constructor<?> constructor, String[] components, String[] properties,
			Function<Value, Object>[] readers) {
		this.constructor = constructor;
		this.properties = properties;
		this.readers = readers;
		java.util.Map<String, String> propertyOf = new java.util.LinkedHashMap<>();
		for (int i = 0; i < components.length; i++) {
			propertyOf.put(components[i], properties[i]);
		}
		this.propertyOf = java.util.Collections.unmodifiableMap(propertyOf);
	}

	/** The node property a record component maps (a GraphQL field of the same name reads it); null for none. */
	String property(String component) {
		return this.propertyOf.get(component);
	}

	/** The mapper of a record type, or null when one of its components is not a plain property type. */
	@SuppressWarnings("unchecked")
	static RecordNodeMapper of(Class<?> type) {
		if (!type.isRecord()) {
			return null;
		}
		RecordComponent[] components = type.getRecordComponents();
		String[] properties = new String[components.length];
		String[] names = new String[components.length];
		Function<Value, Object>[] readers = new Function[components.length];
		Class<?>[] parameterTypes = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			// a mapping annotation sits on the field (or accessor) the component declares, not on the component
			java.util.List<java.lang.annotation.Annotation> annotations = new java.util.ArrayList<>();
			annotations.addAll(java.util.List.of(component.getAnnotations()));
			annotations.addAll(java.util.List.of(component.getAccessor().getAnnotations()));
			try {
				annotations.addAll(java.util.List.of(type.getDeclaredField(component.getName()).getAnnotations()));
			}
			catch (NoSuchFieldException ex) {
				return null;
			}
			Property property = null;
			for (java.lang.annotation.Annotation annotation : annotations) {
				Class<?> kind = annotation.annotationType();
				if (kind == Property.class) {
					property = (Property) annotation;
				}
				else if (kind != org.springframework.data.neo4j.core.schema.Id.class
						&& (kind.getPackageName().startsWith("org.springframework.data"))) {
					// anything else that changes the mapping (generated ids, conversions, relationships...): the converter's
					return null;
				}
			}
			String name = property != null && !property.value().isEmpty() ? property.value()
					: property != null && !property.name().isEmpty() ? property.name() : component.getName();
			properties[i] = name;
			names[i] = component.getName();
			readers[i] = reader(component.getType());
			parameterTypes[i] = component.getType();
			if (readers[i] == null) {
				return null;
			}
		}
		try {
			return new RecordNodeMapper(type.getDeclaredConstructor(parameterTypes), names, properties, readers);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Function<Value, Object> reader(Class<?> type) {
		if (type == String.class) {
			return typed(TYPES.STRING(), Value::asString);
		}
		if (type == Long.class) {
			return typed(TYPES.INTEGER(), Value::asLong);
		}
		if (type == Integer.class) {
			return typed(TYPES.INTEGER(), Value::asInt);
		}
		if (type == Boolean.class) {
			return typed(TYPES.BOOLEAN(), Value::asBoolean);
		}
		if (type == Double.class) {
			return typed(TYPES.FLOAT(), Value::asDouble);
		}
		if (type == LocalDate.class) {
			return typed(TYPES.DATE(), Value::asLocalDate);
		}
		if (type == ZonedDateTime.class) {
			return typed(TYPES.DATE_TIME(), Value::asZonedDateTime);
		}
		if (type.isEnum()) {
			Class<? extends Enum> enumType = (Class<? extends Enum>) type;
			return typed(TYPES.STRING(), (value) -> {
				try {
					return Enum.valueOf(enumType, value.asString());
				}
				catch (IllegalArgumentException ex) {
					// the converter's own error, not ours
					return UNREADABLE;
				}
			});
		}
		if (type == PartialDate.class) {
			return (value) -> {
				if (value.isNull()) {
					return null;
				}
				if (value.hasType(TYPES.DATE())) {
					return PartialDate.of(value.asLocalDate());
				}
				return value.hasType(TYPES.STRING()) ? PartialDate.parse(value.asString()) : UNREADABLE;
			};
		}
		return null;
	}

	private static Function<Value, Object> typed(Type expected, Function<Value, Object> read) {
		return (value) -> {
			if (value.isNull()) {
				return null;
			}
			return value.hasType(expected) ? read.apply(value) : UNREADABLE;
		};
	}

	/**
	 * The record of this node, or of a map projection of one (the properties it lacks are null, as on a node without
	 * them); null when a value is not of the type expected (then the converter decides).
	 */
	Object map(MapAccessor node) {
		Object[] arguments = new Object[this.properties.length];
		for (int i = 0; i < arguments.length; i++) {
			Object value = this.readers[i].apply(node.get(this.properties[i]));
			if (value == UNREADABLE) {
				return null;
			}
			arguments[i] = value;
		}
		try {
			return this.constructor.newInstance(arguments);
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			return null;
		}
	}

}
