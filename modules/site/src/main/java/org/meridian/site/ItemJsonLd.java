package org.meridian.site;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.fields.TypeFields;

/**
 * schema.org JSON-LD for an item's page, by type: {@code WebPage} for pages, {@code Event}, {@code
 * CreativeWork} for publications and {@code ContactPoint} for contact cards ({@code NewsArticle} is
 * written by {@link PageHead}). Strings go through {@link Json#string}, safe inside a script
 * element.
 */
final class ItemJsonLd {

  private ItemJsonLd() {}

  static String of(SitePages.Context site, LiveItem item, String url) {
    TypeFields f = item.fields();
    List<String> fields = new ArrayList<>();
    fields.add("\"@context\":\"https://schema.org\"");
    switch (item.type()) {
      case EVENT -> {
        fields.add("\"@type\":\"Event\"");
        fields.add("\"name\":" + Json.string(item.title()));
        f.dateTime("start").ifPresent(t -> fields.add("\"startDate\":" + Json.string(iso(t))));
        f.dateTime("end").ifPresent(t -> fields.add("\"endDate\":" + Json.string(iso(t))));
        boolean online = f.has("onlineUrl");
        boolean inPerson = f.has("venue");
        fields.add(
            "\"eventAttendanceMode\":\"https://schema.org/"
                + (online && inPerson
                    ? "MixedEventAttendanceMode"
                    : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode")
                + "\"");
        List<String> locations = new ArrayList<>();
        f.text("venue")
            .ifPresent(
                v ->
                    locations.add(
                        "{\"@type\":\"Place\",\"name\":"
                            + Json.string(v.lines().findFirst().orElse(v))
                            + ",\"address\":"
                            + Json.string(v)
                            + "}"));
        f.text("onlineUrl")
            .ifPresent(
                u ->
                    locations.add(
                        "{\"@type\":\"VirtualLocation\",\"url\":" + Json.string(u) + "}"));
        if (!locations.isEmpty()) {
          fields.add("\"location\":[" + String.join(",", locations) + "]");
        }
        fields.add(
            "\"organizer\":{\"@type\":\"Organization\",\"name\":"
                + Json.string(site.office().name(site.language()))
                + ",\"url\":"
                + Json.string(site.absolute(""))
                + "}");
      }
      case PUBLICATION -> {
        fields.add("\"@type\":\"CreativeWork\"");
        fields.add("\"name\":" + Json.string(item.title()));
        f.year("year").ifPresent(y -> fields.add("\"copyrightYear\":" + y));
        f.text("publicationLanguage")
            .ifPresent(l -> fields.add("\"inLanguage\":" + Json.string(l)));
        f.text("series")
            .ifPresent(
                s ->
                    fields.add(
                        "\"isPartOf\":{\"@type\":\"CreativeWorkSeries\",\"name\":"
                            + Json.string(s)
                            + "}"));
        fields.add(
            "\"publisher\":{\"@type\":\"Organization\",\"name\":"
                + Json.string(site.office().name(site.language()))
                + "}");
      }
      case CONTACT -> {
        fields.add("\"@type\":\"ContactPoint\"");
        fields.add("\"name\":" + Json.string(f.text("name").orElse(item.title())));
        f.text("role").ifPresent(r -> fields.add("\"contactType\":" + Json.string(r)));
        f.text("email").ifPresent(e -> fields.add("\"email\":" + Json.string(e)));
        f.text("phone").ifPresent(p -> fields.add("\"telephone\":" + Json.string(p)));
      }
      default -> {
        fields.add("\"@type\":\"WebPage\"");
        fields.add("\"name\":" + Json.string(item.title()));
      }
    }
    if (!item.summary().isEmpty()) {
      fields.add("\"description\":" + Json.string(item.summary()));
    }
    fields.add("\"url\":" + Json.string(url));
    return "{" + String.join(",", fields) + "}";
  }

  private static String iso(ZonedDateTime at) {
    return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
