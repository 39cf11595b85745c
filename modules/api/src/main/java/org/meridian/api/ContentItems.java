package org.meridian.api;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.LiveListQueries;

/** The parameters of the delivery endpoints and the JSON of their items. */
final class ContentItems {

  /** The members of a delivered item, for {@code fields=}. */
  static final List<String> MEMBERS =
      Arrays.stream(ContentJson.class.getRecordComponents()).map(c -> c.getName()).toList();

  private static final Jsonb JSON = JsonbBuilder.create();

  private ContentItems() {}

  static JsonObject toJson(ContentJson item) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(JSON.toJson(item)))) {
      return reader.readObject();
    }
  }

  /** {@code include}: nothing, or {@code media}. */
  static boolean includeMedia(String include) {
    if (include == null || include.isBlank()) {
      return false;
    }
    if (include.strip().equals("media")) {
      return true;
    }
    throw new IllegalArgumentException("'include' can only be 'media'");
  }

  /** {@code kind}: a value of the type's kind field, e.g. {@code press-release}. */
  static String kind(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String kind = text.strip();
    if (!kind.matches("[a-z0-9]+(-[a-z0-9]+)*") || kind.length() > 60) {
      throw new IllegalArgumentException(
          "'kind' must be a kind's code: lower-case words joined by hyphens, e.g. press-release");
    }
    return kind;
  }

  /** {@code updatedSince}: an instant ({@code 2026-12-01T10:00:00Z}) or a day (UTC midnight). */
  static Instant since(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'updatedSince' must be an ISO-8601 instant (2026-12-01T10:00:00Z) or day (2026-12-01)");
    }
  }

  /** {@code sort}: JSON:API's convention, a minus for descending. */
  static LiveListQueries.Sort sort(String text) {
    if (text == null || text.isBlank()) {
      return LiveListQueries.Sort.PUBLISHED_DESC;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "-published" -> LiveListQueries.Sort.PUBLISHED_DESC;
      case "published" -> LiveListQueries.Sort.PUBLISHED_ASC;
      case "-updated" -> LiveListQueries.Sort.UPDATED_DESC;
      case "updated" -> LiveListQueries.Sort.UPDATED_ASC;
      case "title" -> LiveListQueries.Sort.TITLE;
      default ->
          throw new IllegalArgumentException(
              "'sort' must be one of -published (the default), published, -updated, updated,"
                  + " title");
    };
  }

  /** An item id of the path: a number, else the item is not found. */
  static long id(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ContentNotFoundException.item("'" + text + "'");
    }
  }

  /** {@code path}: slugs joined by {@code /}, without leading or trailing slash. */
  static String path(String text) {
    String path = text == null ? "" : text.strip();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty() || path.length() > 1000 || !path.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
      throw new IllegalArgumentException(
          "'path' must be an item's address below its language, e.g. about-us/history");
    }
    return path;
  }
}
