package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.syndication.FanOut;
import org.meridian.content.syndication.ShareProgress;
import org.meridian.content.syndication.ShareRequest;
import org.meridian.content.syndication.Sharing;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * The syndication benchmark ({@code bench/syndication-fanout.sh}), on top of the demo: when {@code
 * meridian.bench.syndication-offices} is above 0, creates that many offices ({@code fan-1} …), then
 * measures, in the same run, (1) the baseline: creating and publishing one plain item in every
 * office, each office in its own transactions; (2) HQ sharing an item with all offices and the
 * fan-out making every copy; (3) HQ publishing a new revision and the fan-out bringing every copy
 * up to date. Prints the figures to the log ("Syndication benchmark: …").
 */
@ApplicationScoped
public class BenchSyndication {

  private static final Logger LOG = Logger.getLogger(BenchSyndication.class.getName());
  private static final LanguageTag EN = new LanguageTag("en");
  private static final String ACTOR = "hq.admin@meridian.example.org";

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private Sharing sharing;
  @Inject private FanOut fanOut;

  @Inject
  @ConfigProperty(name = "meridian.bench.syndication-offices", defaultValue = "0")
  int officeCount;

  @ActivateRequestContext
  public void runIfWanted() {
    if (officeCount <= 0 || offices.find(new OfficeCode("fan-1")).isPresent()) {
      return;
    }
    Office hqOffice = offices.load(new OfficeCode("hq"));
    List<OfficeRef> created = new ArrayList<>();
    long start = System.nanoTime();
    for (int o = 1; o <= officeCount; o++) {
      created.add(
          offices.create(
              new Office(
                  new OfficeCode("fan-" + o),
                  OfficeType.COUNTRY,
                  hqOffice,
                  List.of(EN),
                  ZoneId.of("UTC"),
                  Map.of(EN, "Fan-out office " + o)),
              ACTOR));
    }
    double offices = seconds(start);
    int network = this.offices.all().size() - 1;

    start = System.nanoTime();
    for (OfficeRef office : created) {
      tenant.runAs(
          office,
          () -> {
            long id =
                content
                    .create(ContentType.PAGE, EN, new Slug("plain-item"), text(1), ACTOR)
                    .getId();
            live.publishLatest(id, ACTOR);
          });
    }
    double baseline = seconds(start);

    OfficeRef hq = this.offices.find(new OfficeCode("hq")).orElseThrow();
    long[] source = new long[1];
    start = System.nanoTime();
    tenant.runAs(
        hq,
        () -> {
          source[0] =
              content
                  .create(ContentType.PAGE, EN, new Slug("bench-shared"), text(1), ACTOR)
                  .getId();
          live.publishLatest(source[0], ACTOR);
          sharing.share(source[0], ShareRequest.toAll(false), ACTOR);
        });
    double requested = seconds(start);
    fanOut.runOpen("bench");
    double shared = seconds(start);
    ShareProgress progress = tenant.callAs(hq, () -> sharing.progressOf(source[0]).orElseThrow());

    start = System.nanoTime();
    tenant.runAs(
        hq,
        () -> {
          content.saveRevision(source[0], text(2), ACTOR);
          live.publishLatest(source[0], ACTOR);
        });
    fanOut.runOpen("bench");
    double followed = seconds(start);

    long carried = progress.count(org.meridian.content.syndication.TargetState.CARRIED);
    LOG.info(
        String.format(
            "Syndication benchmark: %d offices created in %.1f s; network of %d receiving offices%n"
                + "  baseline: one plain item created and published in each of %d offices:"
                + " %.2f s (%.1f ms per office)%n"
                + "  share with all: request answered in %.0f ms; fan-out done in %.2f s"
                + " (%.1f ms per office, %.2fx the baseline); %d carried, %d skipped, %d failed%n"
                + "  source updated: every copy followed in %.2f s (%.1f ms per office, %.2fx the"
                + " baseline)",
            officeCount,
            offices,
            network,
            created.size(),
            baseline,
            1000 * baseline / created.size(),
            1000 * requested,
            shared,
            1000 * shared / network,
            (shared / network) / (baseline / created.size()),
            carried,
            progress.count(org.meridian.content.syndication.TargetState.SKIPPED),
            progress.count(org.meridian.content.syndication.TargetState.FAILED),
            followed,
            1000 * followed / carried,
            (followed / carried) / (baseline / created.size())));
  }

  private static RevisionInput text(int version) {
    return new RevisionInput(
        "A page for every office",
        "Version " + version + " of a page HQ shares with the network.",
        ("<p>Paragraph of the page, version "
                + version
                + ", long enough to look real. It talks"
                + " about programmes, partners and people.</p>")
            .repeat(8));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
