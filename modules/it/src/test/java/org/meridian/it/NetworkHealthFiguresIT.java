package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ItemSettings;
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
import org.meridian.workflow.network.NetworkHealth;
import org.meridian.workflow.network.OfficeHealth;

/**
 * Inside the deployed WAR: HQ's network overview reads every office's figures at once, grouped by
 * office; each row must be exactly what that office's own detailed view finds when it reads only
 * that office, and content added to one office must move that office's row and no other's.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkHealthFiguresIT {

  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private NetworkHealth health;
  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;

  private OfficeRef newOffice(String prefix, List<LanguageTag> languages, ZoneId zone) {
    String code = prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36);
    Map<LanguageTag, String> names = new LinkedHashMap<>();
    languages.forEach(l -> names.put(l, "Health figures " + code));
    return offices.create(
        new Office(
            new OfficeCode(code),
            OfficeType.COUNTRY,
            offices.load(new OfficeCode("hq")),
            languages,
            zone,
            names),
        "it");
  }

  private long item(OfficeRef office, String slug, String body, LocalDate reviewBy, boolean publish) {
    long id =
        tenant.callAs(
            office,
            () ->
                content
                    .create(
                        ContentType.PAGE,
                        EN,
                        new Slug(slug),
                        new RevisionInput("Page " + slug, "", body),
                        new ItemSettings(null, reviewBy, null),
                        "it")
                    .getId());
    if (publish) {
      tenant.runAs(office, () -> live.publishLatest(id, "it"));
    }
    return id;
  }

  private Map<String, OfficeHealth> overview() {
    Map<String, OfficeHealth> rows = new LinkedHashMap<>();
    health.overview(HQ_ADMIN).forEach(row -> rows.put(row.code(), row));
    return rows;
  }

  @Test
  void everyRowIsWhatItsOfficeFindsAloneAndNoOfficesFiguresReachAnother() {
    OfficeRef empty = newOffice("nh-empty", List.of(EN, FR), ZoneId.of("Pacific/Kiritimati"));
    OfficeRef busy = newOffice("nh-busy", List.of(EN, FR), ZoneId.of("America/Lima"));
    OfficeRef other = newOffice("nh-other", List.of(EN), ZoneId.of("Asia/Amman"));
    Map<String, OfficeHealth> before = overview();

    // Another office's live page, at a slug the busy office's links name too.
    long elsewhere = item(other, "shared-slug", "<p>Elsewhere</p>", null, true);
    item(busy, "own-page", "<p>Own</p>", LocalDate.of(2999, 1, 1), true);
    long draft = item(busy, "draft-page", "<p>Draft</p>", LocalDate.of(2020, 1, 1), false);
    String code = busy.code().value();
    item(
        busy,
        "links",
        "<p><a href=\"/"
            + code
            + "/en/own-page\">own page</a> <a href=\"/"
            + code
            + "/en/nowhere\">nowhere</a> <a href=\"/"
            + code
            + "/en/shared-slug\">a slug only the other office has</a>"
            + " <a href=\"meridian:item/"
            + elsewhere
            + "\">the other office's live item</a>"
            + " <a href=\"meridian:item/"
            + draft
            + "\">a draft</a></p>",
        LocalDate.of(2999, 1, 1),
        true);
    Map<String, OfficeHealth> after = overview();

    // Each office's row as the grouped read gives it and as its own detailed view reads it alone.
    assertEquals(before.keySet(), after.keySet());
    for (OfficeHealth row : after.values()) {
      OfficeHealth alone = health.ofOffice(HQ_ADMIN, new OfficeCode(row.code())).row();
      assertEquals(alone, row, "the network overview's row of " + row.code());
    }

    OfficeHealth nothing = after.get(empty.code().value());
    assertEquals(
        List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
        List.of(
            nothing.items(),
            nothing.live(),
            nothing.drafts(),
            nothing.pastReviewBy(),
            nothing.outdatedTranslations(),
            nothing.missingTranslations(),
            nothing.brokenLinks(),
            nothing.imagesWithoutAlt(),
            nothing.waitingForReview(),
            nothing.dormantPeople(),
            nothing.problems()));
    assertNull(nothing.lastPublishedAt());
    assertNull(nothing.waitingSince());

    OfficeHealth busyRow = after.get(code);
    assertEquals(3, busyRow.items());
    assertEquals(2, busyRow.live());
    assertEquals(1, busyRow.drafts());
    assertNotNull(busyRow.lastPublishedAt());
    assertEquals(1, busyRow.pastReviewBy(), "the draft's review date has passed");
    assertEquals(2, busyRow.missingTranslations(), "both live pages lack French");
    // Nowhere, the other office's slug, the other office's item, the draft: only its own page
    // leads somewhere.
    assertEquals(4, busyRow.brokenLinks());

    OfficeHealth otherRow = after.get(other.code().value());
    assertEquals(List.of(1L, 1L, 0L), List.of(otherRow.items(), otherRow.live(), otherRow.drafts()));
    assertEquals(0, otherRow.brokenLinks());
    assertEquals(0, otherRow.missingTranslations(), "an office of one language misses none");

    // The rest of the network did not move.
    before.forEach(
        (office, row) -> {
          if (!office.equals(code) && !office.equals(other.code().value())) {
            assertEquals(row, after.get(office), "the row of " + office);
          }
        });
  }
}
