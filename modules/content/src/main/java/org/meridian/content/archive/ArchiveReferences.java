package org.meridian.content.archive;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.content.ContentType;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.FieldKind;
import org.meridian.content.fields.Jsons;
import org.meridian.content.media.MediaLinks;

/**
 * The ids an item's revision names — other items (related items, contact cards), library files
 * (hero, social image, media fields, images and links in the body) — and the same revision with
 * them renamed to what they became in the target office. Addresses of the source office's pages in
 * bodies and menus are moved to the target office's code; other offices' addresses stay.
 *
 * <p>Not yet handled: item ids written in bodies themselves (if the editor comes to store internal
 * links or inline images by item id, they must be renamed here too).
 */
final class ArchiveReferences {

  private ArchiveReferences() {}

  /** The items a revision's type fields point at. */
  static Set<Long> items(ContentType type, JsonObject fields) {
    Set<Long> ids = new LinkedHashSet<>();
    for (FieldDefinition field : type.fields()) {
      JsonValue value = fields.get(field.name());
      if (value == null) {
        continue;
      }
      if (field.kind() == FieldKind.ITEM_REFS) {
        value.asJsonArray().getValuesAs(JsonNumber.class).forEach(n -> ids.add(n.longValue()));
      } else if (field.kind() == FieldKind.CONTACT_REFS) {
        for (JsonValue row : value.asJsonArray()) {
          ids.add(row.asJsonObject().getJsonNumber("contact").longValue());
        }
      }
    }
    return ids;
  }

  /** The library files of {@code sourceOffice} a revision (as archived) shows or links to. */
  static Set<Long> media(ContentType type, JsonObject revision, String sourceOffice) {
    Set<Long> ids = new LinkedHashSet<>();
    addId(ids, revision, "heroImage");
    addId(ids, revision, "socialImage");
    JsonObject fields = revision.getJsonObject("fields");
    for (FieldDefinition field : type.fields()) {
      JsonValue value = fields == null ? null : fields.get(field.name());
      if (value == null) {
        continue;
      }
      if (field.kind() == FieldKind.MEDIA) {
        ids.add(((JsonNumber) value).longValue());
      } else if (field.kind() == FieldKind.MEDIA_LIST) {
        value.asJsonArray().getValuesAs(JsonNumber.class).forEach(n -> ids.add(n.longValue()));
      }
    }
    Matcher m = MediaLinks.ADDRESS.matcher(revision.getString("body", ""));
    while (m.find()) {
      if (m.group(1).equals(sourceOffice)) {
        ids.add(Long.parseLong(m.group(2)));
      }
    }
    return ids;
  }

  private static void addId(Set<Long> ids, JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value instanceof JsonNumber n) {
      ids.add(n.longValue());
    }
  }

  /** The type fields with item and media ids renamed. */
  static JsonObject remapFields(
      ContentType type, JsonObject fields, LongUnaryOperator items, LongUnaryOperator media) {
    JsonObjectBuilder out = Jsons.createObjectBuilder(fields);
    for (FieldDefinition field : type.fields()) {
      JsonValue value = fields.get(field.name());
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      switch (field.kind()) {
        case MEDIA ->
            out.add(
                field.name(),
                Jsons.createValue(media.applyAsLong(((JsonNumber) value).longValue())));
        case MEDIA_LIST -> out.add(field.name(), ids(value.asJsonArray(), media));
        case ITEM_REFS -> out.add(field.name(), ids(value.asJsonArray(), items));
        case CONTACT_REFS -> {
          JsonArrayBuilder rows = Jsons.createArrayBuilder();
          for (JsonValue row : value.asJsonArray()) {
            JsonObject contact = row.asJsonObject();
            rows.add(
                Jsons.createObjectBuilder(contact)
                    .add(
                        "contact",
                        items.applyAsLong(contact.getJsonNumber("contact").longValue())));
          }
          out.add(field.name(), rows);
        }
        default -> {
          // values without ids travel as they are
        }
      }
    }
    return out.build();
  }

  private static JsonArray ids(JsonArray ids, LongUnaryOperator map) {
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    ids.getValuesAs(JsonNumber.class).forEach(n -> out.add(map.applyAsLong(n.longValue())));
    return out.build();
  }

  private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\bdata-(item|media)=\"(\\d+)\"");

  /**
   * A body's links by item ({@code a[data-item]}) and library figures ({@code figure[data-media]})
   * given the target's ids: {@code items} gives an item's id in the target, or {@code null} when it
   * has none yet — the link then loses its {@code data-item} and works by the address it was
   * written with (already moved to the target's code); {@code media} gives a file's id.
   */
  static String remapIds(
      String html, java.util.function.LongFunction<Long> items, LongUnaryOperator media) {
    if (html == null || !html.contains("data-")) {
      return html;
    }
    Matcher m = ID_ATTRIBUTE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long id = Long.parseLong(m.group(2));
      String replacement;
      if (m.group(1).equals("media")) {
        replacement = "data-media=\"" + media.applyAsLong(id) + "\"";
      } else {
        Long target = items.apply(id);
        replacement = target == null ? "" : "data-item=\"" + target + "\"";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern OFFICE_LINK = Pattern.compile("(href=\")/([a-z][a-z0-9-]{1,39})/");

  /**
   * A body with the source office's library addresses renamed to the target's ids and code, and
   * links to the source office's pages ({@code href="/gambia/…"}) moved to the target's code.
   */
  static String remapBody(String html, String source, String target, LongUnaryOperator media) {
    return remapBody(html, source, target, media, id -> null);
  }

  /**
   * The same, naming each file as the target's library named it ({@code names} gives the file name
   * of a target id, or {@code null} to keep the archive's).
   */
  static String remapBody(
      String html,
      String source,
      String target,
      LongUnaryOperator media,
      java.util.function.LongFunction<String> names) {
    if (html == null || html.isEmpty()) {
      return html;
    }
    Matcher m = MediaLinks.ADDRESS.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = m.group();
      if (m.group(1).equals(source)) {
        long id = media.applyAsLong(Long.parseLong(m.group(2)));
        String name = names.apply(id);
        replacement =
            "/media/"
                + target
                + "/"
                + id
                + "/"
                + m.group(3)
                + "/"
                + (name == null ? m.group(4) : name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return moveLinks(out.toString(), source, target);
  }

  /** Links to the source office's pages, moved to the target's code. */
  static String moveLinks(String html, String source, String target) {
    if (source.equals(target)) {
      return html;
    }
    Matcher m = OFFICE_LINK.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String code = m.group(2).equals(source) ? target : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "/" + code + "/"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether the sanitiser took something out of {@code before} (an element or an attribute), not
   * only wrote it its own way ({@code <br>} as {@code <br />}, attributes quoted).
   */
  static boolean removedMarkup(String before, String after) {
    return count(after, '<') < count(before, '<') || count(after, '=') < count(before, '=');
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  /** A menu address: a server path of the source office ({@code /gambia/en/news}) moves too. */
  static String moveAddress(String url, String source, String target) {
    if (url != null && (url.equals("/" + source) || url.startsWith("/" + source + "/"))) {
      return "/" + target + url.substring(source.length() + 1);
    }
    return url;
  }
}
