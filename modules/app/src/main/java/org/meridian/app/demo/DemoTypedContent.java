package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.ItemSettings;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Items of the current office that use their type's own fields: contact cards, a press release,
 * events, a publication and a child page.
 */
@ApplicationScoped
class DemoTypedContent {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");

  @Inject private Clock clock;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private EditorQueries queries;
  @Inject private DemoPublishing publishing;

  void load(OfficeRef office) {
    String zone = office.timeZone().getId();
    LocalDate today = LocalDate.now(clock);
    if (office.code().value().equals("senegal")) {
      publishing.publishNew(
          ContentType.CONTACT, FR, "service-de-presse", DemoTypedTexts.senegalContact());
      publishing.publishNew(
          ContentType.EVENT, FR, "rencontre-diaspora", DemoTypedTexts.senegalForum(zone, today));
      return;
    }
    long desk =
        publishing.publishNew(
            ContentType.CONTACT,
            EN,
            "communications-desk",
            DemoTypedTexts.gambiaCommunicationsDesk());
    long fieldOfficer =
        publishing.publishNew(
            ContentType.CONTACT, EN, "field-spokesperson", DemoTypedTexts.gambiaFieldOfficer());
    long related = queries.idOf(EN, new Slug("youth-skills-centre-opens")).orElseThrow();
    publishing.publishNew(
        ContentType.NEWS,
        EN,
        "mobile-clinics-river",
        DemoTypedTexts.gambiaPressRelease(desk, fieldOfficer, related, today));
    publishing.publishNew(
        ContentType.EVENT,
        EN,
        "safe-journeys-workshop",
        DemoTypedTexts.gambiaWorkshop(zone, today));
    publishing.publishNew(
        ContentType.PUBLICATION, EN, "year-in-review", DemoTypedTexts.gambiaYearReview(today));
    long aboutUs = queries.idOf(EN, new Slug("about-us")).orElseThrow();
    long history =
        content
            .create(
                ContentType.PAGE,
                EN,
                new Slug("our-history"),
                DemoTypedTexts.gambiaHistory(),
                new ItemSettings(
                    "gambia.editor@meridian.example.org", today.plusMonths(6), aboutUs),
                DemoPublishing.AUTHOR)
            .getId();
    live.publishLatest(history, DemoPublishing.AUTHOR);
  }
}
