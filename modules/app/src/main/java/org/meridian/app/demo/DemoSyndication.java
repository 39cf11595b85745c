package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ItemAddresses;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.syndication.FanOut;
import org.meridian.content.syndication.ShareRequest;
import org.meridian.content.syndication.Sharing;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.Role;

/**
 * Syndication in the demo network: HQ shares a page with every office (mandatory), the regional
 * office shares its "About the region" with its own offices (and has a publisher who shares,
 * {@value #REGIONAL_PUBLISHER}); Senegal overrides the summary of its copy of HQ's page and
 * translates it into French; then HQ publishes a new revision, so that Senegal's copy is flagged
 * "source changed" and its French translation is outdated, while The Gambia's copy simply follows.
 */
@ApplicationScoped
class DemoSyndication {

  static final String HQ_PAGE = "global-compact";
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";

  /** Who writes the demo's content, as in {@link DemoContent}; an HQ administrator shares it. */
  private static final String AUTHOR = "demo@meridian.example.org";

  static final String REGIONAL_PUBLISHER = "wca.regional@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");

  @Inject private TenantContext tenant;
  @Inject private org.meridian.tenancy.people.AccountDirectory accounts;
  @Inject private org.meridian.tenancy.office.OfficeDirectory offices;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private ItemAddresses addresses;
  @Inject private Sharing sharing;
  @Inject private Translations translations;
  @Inject private FanOut fanOut;
  @Inject private org.meridian.content.EditorQueries queries;

  void load(OfficeRef hq, OfficeRef region, OfficeRef senegal, String demoPassword) {
    accounts.create(REGIONAL_PUBLISHER, "Kwame Asante", EN, demoPassword);
    accounts.grant(REGIONAL_PUBLISHER, offices.load(region.code()), Role.PUBLISHER);
    long global =
        tenant.callAs(
            hq,
            () -> {
              long id =
                  content
                      .create(
                          ContentType.PAGE,
                          EN,
                          new Slug(HQ_PAGE),
                          new RevisionInput(
                              "Our global commitments",
                              "What every office of the network stands for.",
                              "<p>Every office of the Meridian network works for safe, orderly and"
                                  + " dignified mobility, with the people it serves.</p>"),
                          AUTHOR)
                      .getId();
              live.publishLatest(id, AUTHOR);
              sharing.share(id, ShareRequest.toAll(true), HQ_ADMIN);
              return id;
            });
    tenant.runAs(
        region,
        () -> {
          long about = queries.idOf(EN, new Slug("about-the-region")).orElseThrow();
          sharing.share(about, ShareRequest.toRegion(region.code().value(), false), HQ_ADMIN);
        });
    fanOut.runOpen("demo");

    tenant.runAs(
        senegal,
        () -> {
          long copy = queries.idOf(EN, new Slug(HQ_PAGE)).orElseThrow();
          RevisionInput inherited = queries.findEditable(copy).orElseThrow().latest();
          content.saveRevision(
              copy,
              new RevisionInput(
                  inherited.title(),
                  "What the network stands for, and what it means in Senegal.",
                  inherited.body(),
                  inherited.common(),
                  inherited.fields()),
              SENEGAL_EDITOR);
          live.publishLatest(copy, SENEGAL_EDITOR);
          long french = translations.translate(copy, FR, SENEGAL_EDITOR);
          addresses.changeSlug(french, new Slug("nos-engagements"), SENEGAL_EDITOR);
          translations.saveUpToDate(
              french,
              new RevisionInput(
                  "Nos engagements mondiaux",
                  "Ce que défend le réseau, et ce que cela veut dire au Sénégal.",
                  "<p>Chaque bureau du réseau Meridian œuvre pour une mobilité sûre, ordonnée"
                      + " et digne, avec les personnes qu’il sert.</p>"),
              SENEGAL_EDITOR);
          live.publishLatest(french, SENEGAL_EDITOR);
        });

    // HQ updates its page: copies follow; Senegal's (overridden, translated) is flagged.
    tenant.runAs(
        hq,
        () -> {
          content.saveRevision(
              global,
              new RevisionInput(
                  "Our global commitments",
                  "What every office of the network stands for.",
                  "<p>Every office of the Meridian network works for safe, orderly and dignified"
                      + " mobility, with the people it serves.</p><p>Offices report on these"
                      + " commitments once a year, in the network's annual report.</p>"),
              AUTHOR);
          live.publishLatest(global, AUTHOR);
        });
    fanOut.runOpen("demo");
  }
}
