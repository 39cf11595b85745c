package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ItemSettings;
import org.meridian.content.ItemSettingsWrites;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.LiveQueries;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Inside the deployed WAR: the site's lists read their items without the body (the columns of
 * {@code LiveItemRows}), and what they read is, field for field, the item its own page reads with
 * its body: title, summary, dates, address (a nested page's too), common and type fields. Every
 * list read of {@code LiveQueries} and {@code TaxonomyQueries} is compared, on the database the
 * suite runs on.
 */
@ExtendWith(ArquillianExtension.class)
class LiveListReadsIT {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
  private static final String ACTOR = "lists-it@test.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private ItemSettingsWrites settings;
  @Inject private LiveRevisions live;
  @Inject private LiveQueries queries;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Clock clock;

  private static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  private OfficeRef newOffice() {
    String id = unique();
    return offices.create(
        new Office(
            new OfficeCode("ll-" + id),
            OfficeType.COUNTRY,
            offices.load(new OfficeCode("west-central-africa")),
            List.of(EN),
            DAKAR,
            Map.of(EN, "Lists office " + id)),
        "it");
  }

  /** A live item of the current office; returns its slug. */
  private String published(ContentType type, RevisionInput input, ItemSettings itemSettings) {
    String slug = type.name().toLowerCase(java.util.Locale.ROOT) + "-" + unique();
    ContentItem item = content.create(type, EN, new Slug(slug), input, ACTOR);
    if (itemSettings != ItemSettings.NONE) {
      settings.change(item.getId(), itemSettings, ACTOR);
    }
    live.publishLatest(item.getId(), ACTOR);
    return slug;
  }

  private static JsonObject at(Instant instant) {
    return Json.createObjectBuilder()
        .add("local", LocalDateTime.ofInstant(instant, DAKAR).toString())
        .add("zone", DAKAR.getId())
        .build();
  }

  @Test
  @Tag("embedded-db") // also on H2: the text columns a list reads
  void everyListReadsAnItemAsItsOwnPageDoesButTheBody() {
    OfficeRef office = newOffice();
    Instant now = clock.instant();
    Instant start = now.plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    tenant.runAs(
        office,
        () -> {
          String parent =
              published(
                  ContentType.PAGE,
                  RevisionInput.builder()
                      .title("About us")
                      .summary("Who we are")
                      .body("<p>The parent page body.</p>")
                      .seoDescription("For search engines")
                      .build(),
                  ItemSettings.NONE);
          long parentId = queries.findLive(EN, new Slug(parent)).orElseThrow().itemId();
          String child =
              published(
                  ContentType.PAGE,
                  RevisionInput.builder()
                      .title("History")
                      .summary("")
                      .body("<p>The child page body.</p>")
                      .build(),
                  new ItemSettings(null, null, parentId, true));
          String news =
              published(
                  ContentType.NEWS,
                  RevisionInput.builder()
                      .title("Clinic opens")
                      .summary("A summary with <markup> & more")
                      .body("<p>The news body, which no list shows.</p>")
                      .fields(Json.createObjectBuilder().add("kind", "press-release").build())
                      .build(),
                  new ItemSettings(null, null, null, true));
          String event =
              published(
                  ContentType.EVENT,
                  RevisionInput.builder()
                      .title("Youth forum")
                      .summary("Two days")
                      .body("<p>The event body.</p>")
                      .fields(
                          Json.createObjectBuilder()
                              .add("start", at(start))
                              .add("end", at(start.plus(2, ChronoUnit.HOURS)))
                              .add("venue", "Dakar")
                              .build())
                      .build(),
                  ItemSettings.NONE);

          Map<String, String> bodies =
              Map.of(
                  parent, "<p>The parent page body.</p>",
                  child, "<p>The child page body.</p>",
                  news, "<p>The news body, which no list shows.</p>",
                  event, "<p>The event body.</p>");
          List<LiveItem> all = queries.listLive(EN, Optional.empty(), 100);
          List<LiveItem> allByTheme =
              taxonomy.listLive(EN, Optional.empty(), Optional.empty(), Optional.empty(), 100);
          assertEquals(4, all.size(), "every live item in the list");
          for (String slug : bodies.keySet()) {
            LiveItemWithBody page = queries.findLiveWithBody(EN, new Slug(slug)).orElseThrow();
            LiveItem whole = page.item();
            assertEquals(bodies.get(slug), page.body(), "the page's body");
            assertEquals(whole, queries.findLive(EN, new Slug(slug)).orElseThrow(), slug);
            assertEquals(
                whole, queries.findLive(List.of(whole.itemId())).get(whole.itemId()), slug);
            assertTrue(all.contains(whole), slug + " in the list of every type");
            assertTrue(allByTheme.contains(whole), slug + " in the taxonomy's list");
            assertTrue(
                queries.listLive(EN, Optional.of(whole.type()), 100).contains(whole),
                slug + " in its type's list");
          }
          LiveItem childItem = queries.findLive(EN, new Slug(child)).orElseThrow();
          assertEquals(parent + "/" + child, childItem.path(), "a nested page's address");
          assertEquals(
              List.of(queries.findLiveWithBody(EN, new Slug(parent)).orElseThrow().item()),
              queries.liveTopPages(EN, List.of(parent, child)),
              "the top pages a menu leads to");
          assertEquals(
              List.of(
                  queries.findLiveWithBody(EN, new Slug(news)).orElseThrow().item(),
                  queries.findLiveWithBody(EN, new Slug(child)).orElseThrow().item()),
              queries.listFeatured(EN, 10),
              "the featured items, latest featured first");
          LiveItem newsItem = queries.findLiveWithBody(EN, new Slug(news)).orElseThrow().item();
          assertEquals(Optional.of("press-release"), newsItem.fields().text("kind"), "the news' kind");
          assertEquals(
              List.of(newsItem),
              queries.listLive(EN, ContentType.NEWS, null, null, 0, 10),
              "a page of the news");
          assertEquals(
              List.of(queries.findLiveWithBody(EN, new Slug(event)).orElseThrow().item()),
              queries.upcomingEvents(EN, now, 0, 10),
              "the upcoming events");
          assertEquals(
              "For search engines",
              queries.findLive(EN, new Slug(parent)).orElseThrow().common().seoDescription(),
              "the common fields");
        });
  }
}
