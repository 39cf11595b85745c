package org.meridian.site;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.content.LiveItem;
import org.meridian.content.fields.TypeFields;
import org.meridian.site.view.JsonLd;

/**
 * schema.org JSON-LD for an item's page, by type: {@code WebPage} for pages, {@code Event}, {@code
 * CreativeWork} for publications and {@code ContactPoint} for contact cards ({@code NewsArticle} is
 * written by {@link PageHead}). Built with JSON-P; {@link JsonLd} makes it safe in a script
 * element.
 */
final class ItemJsonLd {

  private ItemJsonLd() {}

  static JsonLd of(SitePages.Context site, LiveItem item, String url) {
    TypeFields f = item.fields();
    JsonObjectBuilder json =
        PageHead.JSON.createObjectBuilder().add("@context", "https://schema.org");
    switch (item.type()) {
      case EVENT -> {
        json.add("@type", "Event").add("name", item.title());
        f.dateTime("start").ifPresent(t -> json.add("startDate", iso(t)));
        f.dateTime("end").ifPresent(t -> json.add("endDate", iso(t)));
        boolean online = f.has("onlineUrl");
        boolean inPerson = f.has("venue");
        json.add(
            "eventAttendanceMode",
            "https://schema.org/"
                + (online && inPerson
                    ? "MixedEventAttendanceMode"
                    : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
        JsonArrayBuilder locations = PageHead.JSON.createArrayBuilder();
        boolean any = false;
        if (f.text("venue").isPresent()) {
          String v = f.text("venue").get();
          locations.add(
              PageHead.JSON
                  .createObjectBuilder()
                  .add("@type", "Place")
                  .add("name", v.lines().findFirst().orElse(v))
                  .add("address", v));
          any = true;
        }
        if (f.text("onlineUrl").isPresent()) {
          locations.add(
              PageHead.JSON
                  .createObjectBuilder()
                  .add("@type", "VirtualLocation")
                  .add("url", f.text("onlineUrl").get()));
          any = true;
        }
        if (any) {
          json.add("location", locations);
        }
        json.add(
            "organizer",
            PageHead.JSON
                .createObjectBuilder()
                .add("@type", "Organization")
                .add("name", site.office().name(site.language()))
                .add("url", site.absolute("")));
      }
      case PUBLICATION -> {
        json.add("@type", "CreativeWork").add("name", item.title());
        f.year("year").ifPresent(y -> json.add("copyrightYear", y));
        f.text("publicationLanguage").ifPresent(l -> json.add("inLanguage", l));
        f.text("series")
            .ifPresent(
                s ->
                    json.add(
                        "isPartOf",
                        PageHead.JSON
                            .createObjectBuilder()
                            .add("@type", "CreativeWorkSeries")
                            .add("name", s)));
        json.add(
            "publisher",
            PageHead.JSON
                .createObjectBuilder()
                .add("@type", "Organization")
                .add("name", site.office().name(site.language())));
      }
      case CONTACT -> {
        json.add("@type", "ContactPoint").add("name", f.text("name").orElse(item.title()));
        f.text("role").ifPresent(r -> json.add("contactType", r));
        f.text("email").ifPresent(e -> json.add("email", e));
        List<String> phones = f.texts("phone");
        if (phones.size() == 1) {
          json.add("telephone", phones.get(0));
        } else if (!phones.isEmpty()) {
          var numbers = PageHead.JSON.createArrayBuilder();
          phones.forEach(numbers::add);
          json.add("telephone", numbers);
        }
      }
      default -> json.add("@type", "WebPage").add("name", item.title());
    }
    if (!item.summary().isEmpty()) {
      json.add("description", item.summary());
    }
    json.add("url", url);
    return new JsonLd(json.build());
  }

  private static String iso(ZonedDateTime at) {
    return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
