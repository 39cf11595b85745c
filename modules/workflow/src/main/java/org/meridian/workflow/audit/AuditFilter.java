package org.meridian.workflow.audit;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * What a reader searches the audit trail for; every part is optional. The same filter drives the
 * console view and its CSV export, through the same query parameters.
 *
 * @param office an office code ({@code null}: every office the reader may see)
 * @param person part of the actor's e-mail address or name, any case
 * @param action an action code such as {@code content.published}
 * @param from the first day, inclusive (UTC)
 * @param to the last day, inclusive (UTC)
 * @param item a content item's number: only entries about that item
 */
public record AuditFilter(
    String office, String person, String action, LocalDate from, LocalDate to, Long item)
    implements Serializable {

  public static final String OFFICE = "forOffice";
  public static final String PERSON = "person";
  public static final String ACTION = "action";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String ITEM = "item";

  /** A filter on everything but the item. */
  public AuditFilter(String office, String person, String action, LocalDate from, LocalDate to) {
    this(office, person, action, from, to, null);
  }

  public AuditFilter {
    office = blankToNull(office);
    person = blankToNull(person);
    action = blankToNull(action);
    if (action != null && AuditAction.ofCode(action).isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of("audit.no_action_0", "There is no action '{0}'", action));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new RefusedArgumentException(
          Refusal.of(
              "audit.end_0_before_start_1", "The end date {0} is before the start {1}", to, from));
    }
  }

  /** Everything the reader may see. */
  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null);
  }

  /** Reads the filter from request parameters; a malformed value is refused with a message. */
  public static AuditFilter fromParameters(Function<String, String> parameter) {
    return new AuditFilter(
        parameter.apply(OFFICE),
        parameter.apply(PERSON),
        parameter.apply(ACTION),
        date(parameter.apply(FROM), "start"),
        date(parameter.apply(TO), "end"),
        item(parameter.apply(ITEM)));
  }

  /** The subject every entry about an item starts with, e.g. {@code item 12}. */
  public static String itemSubject(long item) {
    return "item " + item;
  }

  /** The filter as a URL query string (without {@code ?}), for links and the CSV export. */
  public String toQuery() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, OFFICE, office);
    put(parameters, PERSON, person);
    put(parameters, ACTION, action);
    put(parameters, FROM, from == null ? null : from.toString());
    put(parameters, TO, to == null ? null : to.toString());
    put(parameters, ITEM, item == null ? null : item.toString());
    return parameters.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  private static LocalDate date(String text, String which) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw "start".equals(which)
          ? new RefusedArgumentException(
              Refusal.of(
                  "audit.start_date_0_not_a_date",
                  "The start date '{0}' is not a date like 2026-11-30",
                  value))
          : new RefusedArgumentException(
              Refusal.of(
                  "audit.end_date_0_not_a_date",
                  "The end date '{0}' is not a date like 2026-11-30",
                  value));
    }
  }

  private static Long item(String text) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Answered below.
    }
    throw new RefusedArgumentException(
        Refusal.of(
            "audit.item_0_not_a_number", "The item '{0}' is not an item number like 12", value));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
