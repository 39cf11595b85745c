package org.meridian.api;

import jakarta.json.JsonObject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The JSON Schema of the records the API answers with, read from their components the way JSON-B
 * writes them (a {@code null} member is left out, so none is required). Records met inside are
 * named schemas of their own, referred to by {@code $ref}.
 */
final class RecordSchemas {

  private final Map<String, Schema> named = new LinkedHashMap<>();

  /** Adds {@code type} and the records it holds; returns its name. */
  String add(Class<? extends Record> type) {
    String name = type.getSimpleName();
    if (named.containsKey(name)) {
      return name;
    }
    Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
    named.put(name, schema);
    for (RecordComponent component : type.getRecordComponents()) {
      schema.addProperty(component.getName(), of(component.getGenericType()));
    }
    return name;
  }

  Map<String, Schema> named() {
    return named;
  }

  @SuppressWarnings("unchecked")
  private Schema of(Type type) {
    if (type instanceof ParameterizedType generic
        && generic.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .addType(SchemaType.ARRAY)
          .items(of(generic.getActualTypeArguments()[0]));
    }
    if (!(type instanceof Class<?> c)) {
      return OASFactory.createSchema();
    }
    if (c == String.class) {
      return simple(SchemaType.STRING);
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return simple(SchemaType.INTEGER);
    }
    if (c == double.class || c == Double.class) {
      return simple(SchemaType.NUMBER);
    }
    if (c == boolean.class || c == Boolean.class) {
      return simple(SchemaType.BOOLEAN);
    }
    if (c == Instant.class) {
      return simple(SchemaType.STRING).format("date-time");
    }
    if (c == java.time.LocalDateTime.class) {
      return simple(SchemaType.STRING)
          .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$");
    }
    if (c == LocalDate.class) {
      return simple(SchemaType.STRING).format("date");
    }
    if (c == URI.class) {
      return simple(SchemaType.STRING).format("uri");
    }
    if (JsonObject.class.isAssignableFrom(c)) {
      return simple(SchemaType.OBJECT).additionalPropertiesBoolean(true);
    }
    if (c.isEnum()) {
      Schema schema = simple(SchemaType.STRING);
      for (Object constant : c.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      return schema;
    }
    if (c.isRecord()) {
      return OASFactory.createSchema().ref(add((Class<? extends Record>) c));
    }
    return OASFactory.createSchema();
  }

  private static Schema simple(SchemaType type) {
    return OASFactory.createSchema().addType(type);
  }
}
