package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.meridian.content.CommonFields;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaFormat;
import org.meridian.content.media.MediaItem;
import org.meridian.content.taxonomy.LivePage;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/**
 * Paging (of a list read whole, and of one the database pages), the events list in the office's
 * time, and the publications list with covers and downloads. Which events are upcoming or past is
 * the database's (EventListsIT).
 */
class ListingPagesTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final SitePages.Context SITE =
      new SitePages.Context(
          new OfficeRef(
              7L,
              new OfficeCode("gambia"),
              OfficeType.COUNTRY,
              OfficeStatus.ACTIVE,
              EN,
              List.of(EN),
              ZoneId.of("Africa/Nairobi"),
              Map.of("en", "Gambia office"),
              null,
              AccentColour.DEFAULT,
              new OfficeContact(null, null, null),
              Map.of(),
              false,
              null),
          EN,
          "/gambia");

  private static LiveItem item(long id, ContentType type, String json) {
    return new LiveItem(
        id,
        type,
        "en",
        "item-" + id,
        "Title " + id,
        "Summary " + id,
        NOW,
        NOW,
        "item-" + id,
        CommonFields.NONE,
        TypeFields.validate(type, Json.createReader(new StringReader(json)).readObject()));
  }

  private static LiveItem event(long id, String startUtc, String endUtc) {
    return item(
        id,
        ContentType.EVENT,
        "{\"start\":{\"local\":\""
            + startUtc
            + "\",\"zone\":\"UTC\"},\"end\":{\"local\":\""
            + endUtc
            + "\",\"zone\":\"UTC\"},\"venue\":\"Banjul\"}");
  }

  @Test
  void aPageOfAListTheDatabasePagesReadsOnlyThatPage() {
    List<LiveItem> all =
        IntStream.rangeClosed(1, 45)
            .mapToObj(i -> event(i, "2026-03-09T09:00", "2026-03-09T10:00"))
            .toList();
    List<String> asked = new java.util.ArrayList<>();
    ListingPages.Slice slice =
        (offset, limit) -> {
          asked.add(offset + "+" + limit);
          return all.subList(offset, Math.min(all.size(), offset + limit));
        };

    LivePage third = ListingPages.page(45, 3, 20, slice).orElseThrow();

    assertThat(third.items()).extracting(LiveItem::itemId).containsExactly(41L, 42L, 43L, 44L, 45L);
    assertThat(third.pages()).isEqualTo(3);
    assertThat(third.total()).isEqualTo(45);
    assertThat(asked).containsExactly("40+20");
    assertThat(ListingPages.page(45, 4, 20, slice)).isEmpty();
    assertThat(ListingPages.page(45, 0, 20, slice)).isEmpty();
    assertThat(ListingPages.page(45, Integer.MAX_VALUE, 20, slice)).isEmpty();
    assertThat(asked).hasSize(1);
    assertThat(ListingPages.page(0, 1, 20, (offset, limit) -> List.of()))
        .get()
        .extracting(LivePage::pages)
        .isEqualTo(1);
    assertThat(ListingPages.page(0, 2, 20, slice)).isEmpty();
  }

  @Test
  void pagesAreCutFromOneAndNoneExistsPastTheLast() {
    List<LiveItem> items =
        IntStream.rangeClosed(1, 45).mapToObj(i -> item(i, ContentType.PUBLICATION, "{}")).toList();

    LivePage third = ListingPages.page(items, 3, 20).orElseThrow();
    assertThat(third.items()).extracting(LiveItem::itemId).containsExactly(41L, 42L, 43L, 44L, 45L);
    assertThat(third.pages()).isEqualTo(3);
    assertThat(third.hasNext()).isFalse();
    assertThat(ListingPages.page(items, 4, 20)).isEmpty();
    assertThat(ListingPages.page(items, 0, 20)).isEmpty();
    assertThat(ListingPages.page(items, Integer.MAX_VALUE, 20)).isEmpty();
    assertThat(ListingPages.page(List.of(), 1, 20)).get().extracting(LivePage::pages).isEqualTo(1);
    assertThat(ListingPages.page(List.of(), 2, 20)).isEmpty();
  }

  @Test
  void eventsAreShownInTheOfficesTimeZoneWithMachineReadableTimes() {
    LiveItem event = event(9, "2026-03-09T09:00", "2026-03-09T10:30");
    LivePage page = ListingPages.page(List.of(event), 1, 20).orElseThrow();

    String html = ListingPages.events(SITE, List.of(), page, false);

    assertThat(html)
        .contains("<h1>Upcoming events</h1>")
        .contains("<time datetime=\"2026-03-09T12:00:00+03:00\">")
        .contains("<time datetime=\"2026-03-09T13:30:00+03:00\">")
        .contains("(Africa/Nairobi)")
        .contains("href=\"/gambia/en/events/past\"")
        .contains("href=\"/gambia/en/item-9\"");
    assertThat(ListingPages.events(SITE, List.of(), emptyPage(), true))
        .contains("<h1>Past events</h1>")
        .contains("No past events.");
  }

  private static LivePage emptyPage() {
    return ListingPages.page(List.of(), 1, 20).orElseThrow();
  }

  private static MediaItem media(long id, MediaFormat format, String name, long bytes) {
    return new MediaItem(
        id,
        0,
        "gambia",
        false,
        format.kind(),
        format,
        name,
        new MediaDetails("Annual report " + id, "Cover of the report", false, "", ""),
        bytes,
        format.kind() == org.meridian.content.media.MediaKind.IMAGE ? 1200 : 0,
        format.kind() == org.meridian.content.media.MediaKind.IMAGE ? 1600 : 0,
        format.hasRenditions() ? List.of(320, 640) : List.of(),
        "ed@example.org",
        Instant.EPOCH);
  }

  @Test
  void publicationsShowTheirCoverAndDownloadsWithTypeAndSize() {
    LiveItem publication =
        item(30, ContentType.PUBLICATION, "{\"year\":2025,\"documents\":[41],\"cover\":40}");
    PublicationFiles files =
        new PublicationFiles(
            Optional.of(media(40, MediaFormat.JPEG, "cover.jpg", 90_000)),
            List.of(media(41, MediaFormat.PDF, "report.pdf", 1_300_000)));
    LivePage page = ListingPages.page(List.of(publication), 1, 20).orElseThrow();

    String list = ListingPages.publications(SITE, List.of(), page, Map.of(30L, files));

    org.jsoup.nodes.Document listed = org.jsoup.Jsoup.parse(list);
    org.jsoup.nodes.Element thumb = listed.selectFirst("ul.publications .card-image img");
    assertThat(thumb.attr("alt")).isEmpty();
    assertThat(thumb.attr("src")).startsWith("/media/gambia/40/");
    assertThat(thumb.attr("width")).isEqualTo("320");
    assertThat(thumb.attr("height")).isEqualTo("427");
    org.jsoup.nodes.Element download = listed.selectFirst("ul.downloads a");
    assertThat(download.attr("href")).isEqualTo("/media/gambia/41/original/report.pdf");
    assertThat(download.attr("type")).isEqualTo("application/pdf");
    assertThat(download.text()).isEqualTo("Annual report 41");
    assertThat(listed.select("ul.downloads .file").text()).isEqualTo("(PDF, 1.2 MB)");
    assertThat(listed.select("ul.publications .kind").text()).isEqualTo("2025");
    String itemPage =
        ItemPages.html(
            ItemPages.view(
                SITE,
                List.of(),
                new LiveItemWithBody(publication, "<p>Body</p>"),
                Map.of(),
                java.time.LocalDate.of(2026, 3, 2),
                Map.of(),
                org.meridian.content.taxonomy.ItemTerms.NONE,
                Optional.empty(),
                files,
                ItemPages.ItemExtras.NONE));
    assertThat(org.jsoup.Jsoup.parse(itemPage).select("figure.cover img").attr("src"))
        .startsWith("/media/gambia/40/");
    assertThat(itemPage)
        .contains("alt=\"Cover of the report\"")
        .contains("<h2>Downloads</h2>")
        .contains("(PDF, 1.2 MB)");
  }

  @Test
  void aPublicationWithoutFilesHasNoCoverOrDownloadsAndAnImageIsNeverADocumentCover() {
    PublicationFiles none =
        new PublicationFiles(
            Optional.of(media(41, MediaFormat.PDF, "report.pdf", 1000)), List.of());

    assertThat(none.coverImage()).isNull();
    assertThat(none.coverThumbnail()).isNull();
    assertThat(none.downloads()).isEmpty();
  }
}
