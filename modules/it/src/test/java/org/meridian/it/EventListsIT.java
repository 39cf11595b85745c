package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.EditorQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Inside the deployed WAR: the lists of upcoming and past events as the database reads them from
 * the dates each live event keeps on its item — split at the instant an event ends, ordered and
 * paged there, following the live revision (not a draft) through publishing and unpublishing —
 * and a home page that still shows the next three upcoming events among many past ones. Each test
 * works in an office of its own.
 */
@ExtendWith(ArquillianExtension.class)
class EventListsIT {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final ZoneId DAKAR = ZoneId.of("Africa/Dakar");
  private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
  private static final String ACTOR = "events-it@test.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private LiveQueries queries;
  @Inject private EditorQueries editorQueries;
  @Inject private Clock clock;

  @ArquillianResource private URL base;

  private static String unique() {
    return Long.toString(UNIQUE.incrementAndGet(), 36);
  }

  /** An English and French country office in Dakar's time (UTC all year). */
  private OfficeRef newOffice() {
    String id = unique();
    return offices.create(
        new Office(
            new OfficeCode("ev-" + id),
            OfficeType.COUNTRY,
            offices.load(new OfficeCode("west-central-africa")),
            List.of(EN, FR),
            DAKAR,
            Map.of(EN, "Events office " + id, FR, "Bureau " + id)),
        "it");
  }

  /** An event's fields from {@code start} to {@code end}, each written in its own time zone. */
  private static JsonObject fields(Instant start, ZoneId startZone, Instant end, ZoneId endZone) {
    return Json.createObjectBuilder()
        .add("start", at(start, startZone))
        .add("end", at(end, endZone))
        .add("venue", "Dakar")
        .build();
  }

  private static JsonObject at(Instant instant, ZoneId zone) {
    return Json.createObjectBuilder()
        .add("local", LocalDateTime.ofInstant(instant, zone).toString())
        .add("zone", zone.getId())
        .build();
  }

  private static RevisionInput event(String title, JsonObject fields) {
    return RevisionInput.builder()
        .title(title)
        .summary("Summary of " + title)
        .body("<p>" + title + "</p>")
        .fields(fields)
        .build();
  }

  /** A draft event of {@code office} in {@code language}; returns its id. */
  private long draft(OfficeRef office, LanguageTag language, String title, Instant start,
      Instant end) {
    return tenant.callAs(
        office,
        () ->
            content
                .create(
                    ContentType.EVENT,
                    language,
                    new Slug("event-" + unique()),
                    event(title, fields(start, DAKAR, end, DAKAR)),
                    ACTOR)
                .getId());
  }

  /** A live event of {@code office} in English; returns its id. */
  private long live(OfficeRef office, String title, Instant start, Instant end) {
    long id = draft(office, EN, title, start, end);
    tenant.runAs(office, () -> live.publishLatest(id, ACTOR));
    return id;
  }

  private static Instant utc(String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.of("UTC")).toInstant();
  }

  private List<Long> upcoming(OfficeRef office, Instant now) {
    return ids(tenant.callAs(office, () -> queries.upcomingEvents(EN, now, 0, 100)));
  }

  private List<Long> past(OfficeRef office, Instant now) {
    return ids(tenant.callAs(office, () -> queries.pastEvents(EN, now, 0, 100)));
  }

  private static List<Long> ids(List<LiveItem> items) {
    return items.stream().map(LiveItem::itemId).toList();
  }

  private void assertCounts(OfficeRef office, Instant now, long upcoming, long past) {
    assertEquals(
        upcoming,
        tenant.callAs(office, () -> queries.countUpcomingEvents(EN, now)),
        "upcoming at " + now);
    assertEquals(past, tenant.callAs(office, () -> queries.countPastEvents(EN, now)), "past");
  }

  @Test
  @Tag("embedded-db") // also on H2: comparing and ordering the kept instants
  void anEventIsUpcomingUntilTheInstantItEndsSoonestFirstAndPastOnesLatestFirst() {
    OfficeRef office = newOffice();
    Instant now = utc("2026-03-02T12:00");
    long longAgo = live(office, "Long ago", utc("2026-01-10T09:00"), utc("2026-01-10T10:00"));
    long underWay = live(office, "Under way", utc("2026-03-02T11:00"), utc("2026-03-02T13:00"));
    long nextWeek = live(office, "Next week", utc("2026-03-09T09:00"), utc("2026-03-09T10:00"));
    long tomorrow = live(office, "Tomorrow", utc("2026-03-03T09:00"), utc("2026-03-03T10:00"));
    long endedNow = live(office, "Ended", utc("2026-03-02T10:00"), utc("2026-03-02T11:59"));
    long endsNow = live(office, "Ends now", utc("2026-03-02T10:30"), utc("2026-03-02T12:00"));
    // Two at the same time: by id, lowest first when upcoming, highest first when past.
    long firstTwin = live(office, "Twin 1", utc("2026-03-05T09:00"), utc("2026-03-05T10:00"));
    long secondTwin = live(office, "Twin 2", utc("2026-03-05T09:00"), utc("2026-03-05T10:00"));
    long firstOld = live(office, "Old 1", utc("2026-02-01T09:00"), utc("2026-02-01T10:00"));
    long secondOld = live(office, "Old 2", utc("2026-02-01T09:00"), utc("2026-02-01T10:00"));
    // Written in Nairobi's time (UTC+3): ends at 12:00 UTC too.
    long nairobi =
        tenant.callAs(
            office,
            () ->
                content
                    .create(
                        ContentType.EVENT,
                        EN,
                        new Slug("nairobi-" + unique()),
                        event(
                            "Nairobi",
                            fields(
                                utc("2026-03-02T10:45"), NAIROBI, utc("2026-03-02T12:00"), NAIROBI)),
                        ACTOR)
                    .getId());
    tenant.runAs(office, () -> live.publishLatest(nairobi, ACTOR));
    // Never listed: a draft, an event in another language, another type.
    draft(office, EN, "Draft", utc("2026-03-04T09:00"), utc("2026-03-04T10:00"));
    long french = draft(office, FR, "En français", utc("2026-03-04T09:00"), utc("2026-03-04T10:00"));
    tenant.runAs(office, () -> live.publishLatest(french, ACTOR));
    tenant.runAs(
        office,
        () ->
            live.publishLatest(
                content
                    .create(
                        ContentType.NEWS,
                        EN,
                        new Slug("news-" + unique()),
                        new RevisionInput("News", "Summary", "<p>News</p>"),
                        ACTOR)
                    .getId(),
                ACTOR));

    assertEquals(
        List.of(endsNow, nairobi, underWay, tomorrow, firstTwin, secondTwin, nextWeek),
        upcoming(office, now));
    assertEquals(List.of(endedNow, secondOld, firstOld, longAgo), past(office, now));
    assertCounts(office, now, 7, 4);

    // A millisecond after two events end, they are past, the latest start first.
    Instant later = now.plusMillis(1);
    assertEquals(
        List.of(underWay, tomorrow, firstTwin, secondTwin, nextWeek), upcoming(office, later));
    assertEquals(
        List.of(nairobi, endsNow, endedNow, secondOld, firstOld, longAgo), past(office, later));
    assertCounts(office, later, 5, 6);

    // A minute earlier, the one that ends at 11:59 is still upcoming: it ends at that instant.
    Instant earlier = now.minus(1, ChronoUnit.MINUTES);
    assertEquals(endedNow, upcoming(office, earlier).get(0));
    assertCounts(office, earlier, 8, 3);

    // A page is a slice of the same order.
    assertEquals(
        List.of(underWay, tomorrow),
        ids(tenant.callAs(office, () -> queries.upcomingEvents(EN, now, 2, 2))));
    assertEquals(
        List.of(firstOld, longAgo),
        ids(tenant.callAs(office, () -> queries.pastEvents(EN, now, 2, 5))));
  }

  @Test
  void theListsFollowTheLiveRevisionNotTheDraft() {
    OfficeRef office = newOffice();
    Instant now = utc("2026-05-01T12:00");
    long event = live(office, "Moving", utc("2026-05-01T09:00"), utc("2026-05-01T10:00"));
    assertEquals(List.of(event), past(office, now));

    // A new draft that moves it to next month changes nothing until it is published.
    tenant.runAs(
        office,
        () ->
            content.saveRevision(
                event,
                event(
                    "Moving",
                    fields(
                        utc("2026-06-01T09:00"), DAKAR, utc("2026-06-01T10:00"), DAKAR)),
                ACTOR));
    assertEquals(List.of(), upcoming(office, now));
    assertEquals(List.of(event), past(office, now));

    tenant.runAs(office, () -> live.publishLatest(event, ACTOR));
    assertEquals(List.of(event), upcoming(office, now));
    assertEquals(List.of(), past(office, now));
    assertTrue(upcoming(office, utc("2026-06-01T10:00")).contains(event), "ends at 10:00");
    assertTrue(past(office, utc("2026-06-01T10:01")).contains(event), "ended at 10:00");

    tenant.runAs(office, () -> live.unpublish(event, ACTOR));
    assertCounts(office, now, 0, 0);
    assertCounts(office, utc("2027-01-01T00:00"), 0, 0);
  }

  @Test
  void aHomeWithManyPastEventsShowsTheNextThreeUpcoming() throws Exception {
    OfficeRef office = newOffice();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    List<String> pastSlugs = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      Instant start = now.minus(Duration.ofDays(i));
      long id = live(office, "Past " + i, start, start.plus(Duration.ofHours(2)));
      pastSlugs.add(slugOf(office, id));
    }
    // Created out of order: the home orders them by start.
    long inThreeDays = liveAfter(office, now, 3);
    long inFiveDays = liveAfter(office, now, 5);
    long tomorrow = liveAfter(office, now, 1);
    long inTwoDays = liveAfter(office, now, 2);

    String home = page("/" + office.code() + "/en/");
    List<String> shown = links(section(home, "upcoming-events"));
    String root = "/" + office.code() + "/en/";
    assertEquals(
        List.of(
            root + slugOf(office, tomorrow),
            root + slugOf(office, inTwoDays),
            root + slugOf(office, inThreeDays),
            root + "events"),
        shown);
    assertFalse(shown.contains(root + slugOf(office, inFiveDays)));

    // 45 past events are three pages of 20; the upcoming list is one page of four.
    assertTrue(page(root + "events/past?page=3").contains(pastSlugs.get(44)));
    assertEquals(404, get(root + "events/past?page=4").statusCode());
    String upcomingList = page(root + "events");
    assertTrue(upcomingList.contains(slugOf(office, inFiveDays)), upcomingList);
    assertEquals(404, get(root + "events?page=2").statusCode());
  }

  private long liveAfter(OfficeRef office, Instant now, int days) {
    Instant start = now.plus(Duration.ofDays(days));
    return live(office, "In " + days + " days", start, start.plus(Duration.ofHours(2)));
  }

  private String slugOf(OfficeRef office, long id) {
    return tenant.callAs(office, () -> editorQueries.findForEditors(id).orElseThrow().slug());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private String page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  /** The home block {@code <section class="home-block NAME" …>…</section>}. */
  private static String section(String html, String name) {
    int from = html.indexOf("<section class=\"home-block " + name + "\"");
    assertTrue(from >= 0, "no " + name + " block in " + html);
    return html.substring(from, html.indexOf("</section>", from));
  }

  private static List<String> links(String html) {
    List<String> hrefs = new ArrayList<>();
    Matcher matcher = Pattern.compile("<a [^>]*href=\"([^\"]+)\"").matcher(html);
    while (matcher.find()) {
      hrefs.add(matcher.group(1));
    }
    return hrefs;
  }
}
