package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.CommonFields;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/** Each content type shows its own fields on its page. */
class ItemPagesTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final Instant PUBLISHED = Instant.parse("2026-03-02T10:00:00Z");
  private static final SitePages.Context SITE =
      new SitePages.Context(
          new OfficeRef(
              7L,
              new OfficeCode("gambia"),
              OfficeType.COUNTRY,
              OfficeStatus.ACTIVE,
              EN,
              List.of(EN),
              ZoneId.of("Africa/Banjul"),
              Map.of("en", "Gambia office"),
              null,
              AccentColour.DEFAULT,
              new OfficeContact(null, null, null),
              Map.of(),
              false,
              null),
          EN,
          "/gambia");

  private static LiveItem item(long id, ContentType type, String slug, String path, String json) {
    return new LiveItem(
        id,
        type,
        "en",
        slug,
        "Title " + slug,
        "Summary",
        PUBLISHED,
        PUBLISHED,
        path,
        CommonFields.NONE,
        TypeFields.validate(type, Json.createReader(new StringReader(json)).readObject()));
  }

  private static String page(LiveItem item, Map<Long, LiveItem> refs, String today) {
    return ItemPages.html(
        ItemPages.view(
            SITE,
            List.of(),
            new LiveItemWithBody(item, "<p>Body</p>"),
            refs,
            LocalDate.parse(today),
            Map.of(),
            org.meridian.content.taxonomy.ItemTerms.NONE,
            java.util.Optional.empty(),
            PublicationFiles.NONE,
            ItemPages.ItemExtras.NONE));
  }

  @Test
  void anItemsOpenGraphImageIsTheOneItIsGivenAndNoneWithout() {
    LiveItem page = item(30, ContentType.PAGE, "about", "about", "{}");
    String url = "https://gambia.example.org/media/gambia/7/boats.jpg";
    String with =
        ItemPages.html(
            ItemPages.view(
                SITE,
                List.of(),
                new LiveItemWithBody(page, "<p>Body</p>"),
                Map.of(),
                LocalDate.parse("2026-03-10"),
                Map.of(),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                java.util.Optional.empty(),
                PublicationFiles.NONE,
                new ItemPages.ItemExtras(List.of(), List.of(), false, List.of(), null, url)));
    assertThat(with).contains("<meta property=\"og:image\" content=\"" + url + "\">");
    assertThat(page(page, Map.of(), "2026-03-10")).doesNotContain("og:image");
  }

  @Test
  void newsShowsKindDatelineQuotesLiveContactsAndRelatedItems() {
    LiveItem press =
        item(
            20,
            ContentType.CONTACT,
            "press-desk",
            "press-desk",
            "{\"name\":\"Press desk\",\"email\":\"press@example.org\",\"phone\":\"+220 1234\"}");
    LiveItem old =
        item(21, ContentType.CONTACT, "old-desk", "old-desk", "{\"name\":\"Old desk <b>\"}");
    LiveItem related = item(22, ContentType.PAGE, "history", "about/history", "{}");
    LiveItem news =
        item(
            1,
            ContentType.NEWS,
            "clinic",
            "clinic",
            "{\"kind\":\"press-release\",\"datelinePlace\":\"Banjul\",\"datelineDate\":\"2026-03-01\","
                + "\"quotes\":[{\"text\":\"We <are> ready.\",\"attribution\":\"The director\"}],"
                + "\"mediaContacts\":[{\"contact\":20,\"expires\":\"2026-04-30\"},"
                + "{\"contact\":21,\"expires\":\"2026-03-01\"}],\"related\":[22,99]}");

    String html = page(news, Map.of(20L, press, 21L, old, 22L, related), "2026-03-10");

    assertThat(html)
        .contains("<p class=\"kind\">Press release</p>")
        .contains("Banjul, <time datetime=\"2026-03-01\">March 1, 2026</time>")
        .contains("<blockquote><p>We &lt;are&gt; ready.</p></blockquote>")
        .contains("— The director")
        .contains("Press desk")
        .contains("href=\"mailto:press@example.org\"")
        .contains("href=\"tel:+2201234\"")
        .doesNotContain("Old desk")
        .contains("<a href=\"/gambia/en/about/history\">Title history</a>")
        .contains("\"@type\":\"NewsArticle\"");
  }

  @Test
  void mediaContactsDisappearAfterTheirExpiry() {
    LiveItem press =
        item(20, ContentType.CONTACT, "press-desk", "press-desk", "{\"name\":\"Press desk\"}");
    LiveItem news =
        item(
            1,
            ContentType.NEWS,
            "clinic",
            "clinic",
            "{\"mediaContacts\":[{\"contact\":20,\"expires\":\"2026-04-30\"}]}");

    assertThat(page(news, Map.of(20L, press), "2026-04-30")).contains("Press desk");
    assertThat(page(news, Map.of(20L, press), "2026-05-01"))
        .doesNotContain("Press desk")
        .doesNotContain("Media contacts");
  }

  @Test
  void eventTimesAreShownInTheEventsTimeZoneWithMachineReadableOffsets() {
    LiveItem event =
        item(
            2,
            ContentType.EVENT,
            "forum",
            "forum",
            "{\"start\":{\"local\":\"2026-06-01T09:30\",\"zone\":\"Africa/Lagos\"},"
                + "\"end\":{\"local\":\"2026-06-01T17:00\",\"zone\":\"Africa/Lagos\"},"
                + "\"venue\":\"Conference centre\\nLagos\",\"onlineUrl\":\"https://example.org/live\","
                + "\"registrationUrl\":\"https://example.org/register?a=1&b=2\"}");

    String html = page(event, Map.of(), "2026-05-01");

    assertThat(html)
        .contains("<time datetime=\"2026-06-01T09:30:00+01:00\">")
        .contains("<time datetime=\"2026-06-01T17:00:00+01:00\">")
        .contains("9:30")
        .contains("(Africa/Lagos)")
        .contains("<address>Conference centre\nLagos</address>")
        .contains("href=\"https://example.org/live\"")
        .contains("href=\"https://example.org/register?a=1&amp;b=2\"")
        .contains("\"@type\":\"Event\"")
        .contains("\"startDate\":\"2026-06-01T09:30:00+01:00\"")
        .contains("MixedEventAttendanceMode");
  }

  @Test
  void publicationsShowYearLanguageAndSeries() {
    LiveItem publication =
        item(
            3,
            ContentType.PUBLICATION,
            "report",
            "report",
            "{\"year\":\"2025\",\"publicationLanguage\":\"fr\",\"series\":\"Field notes\"}");

    assertThat(page(publication, Map.of(), "2026-05-01"))
        .contains("<dt>Year</dt><dd>2025</dd>")
        .contains("<dd>French</dd>")
        .contains("<dd>Field notes</dd>")
        .contains("\"@type\":\"CreativeWork\"")
        .contains("\"copyrightYear\":2025");
  }

  @Test
  void contactCardsShowTheirDetails() {
    LiveItem card =
        item(
            4,
            ContentType.CONTACT,
            "press",
            "press",
            "{\"name\":\"Press desk\",\"role\":\"Media relations\",\"notes\":\"Ground floor\"}");

    assertThat(page(card, Map.of(), "2026-05-01"))
        .contains("<dt>Role</dt><dd>Media relations</dd>")
        .contains("<address>Ground floor</address>")
        .contains("\"@type\":\"ContactPoint\"");
  }

  @Test
  void nestedPagesLinkAndAreCanonicalAtTheirFullPath() {
    LiveItem history = item(5, ContentType.PAGE, "history", "about/history", "{}");

    assertThat(page(history, Map.of(), "2026-05-01"))
        .contains("<link rel=\"canonical\" href=\"http://localhost:8080/gambia/en/about/history\">")
        .contains("\"@type\":\"WebPage\"");
    assertThat(SITE.link(history)).isEqualTo("/gambia/en/about/history");
  }

  @Test
  void theSearchDescriptionIsPreferredToTheSummary() {
    LiveItem page =
        new LiveItem(
            6,
            ContentType.PAGE,
            "en",
            "about",
            "About",
            "Summary text",
            PUBLISHED,
            PUBLISHED,
            "about",
            new CommonFields(null, "", false, "For search engines", null),
            TypeFields.empty(ContentType.PAGE));

    assertThat(page(page, Map.of(), "2026-05-01"))
        .contains("<meta name=\"description\" content=\"For search engines\">");
  }
}
