package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.blueprint.NewOffice;
import org.meridian.content.blueprint.OfficeProvisioning;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * A large network for benchmarks, on top of the demo: {@code MERIDIAN_BENCH_OFFICES} offices
 * ({@code bench-1} …) with {@code MERIDIAN_BENCH_ITEMS} published news items each. Every office is
 * provisioned through the same services as everything else, and {@code bench-1}'s items are made
 * and published through them too; the other offices receive copies of those rows ({@link
 * BenchCopies}: 1,000 items in about a second instead of half a minute), so that a network of
 * 100,000 items loads in minutes. Off unless asked for; loaded once.
 */
@ApplicationScoped
public class BenchNetwork {

  private static final Logger LOG = Logger.getLogger(BenchNetwork.class.getName());
  private static final LanguageTag EN = new LanguageTag("en");
  private static final String AUTHOR = "bench@meridian.example.org";

  @Inject private OfficeDirectory offices;
  @Inject private OfficeProvisioning provisioning;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private BenchCopies copies;

  @Inject
  @ConfigProperty(name = "meridian.bench.offices", defaultValue = "0")
  int officeCount;

  @Inject
  @ConfigProperty(name = "meridian.bench.items", defaultValue = "200")
  int itemsPerOffice;

  @ActivateRequestContext
  public void loadIfWanted() {
    if (officeCount <= 0 || offices.find(new OfficeCode("bench-1")).isPresent()) {
      return;
    }
    long start = System.nanoTime();
    OfficeRef first = null;
    for (int o = 1; o <= officeCount; o++) {
      OfficeRef office =
          provisioning.provision(
              new NewOffice(
                  new OfficeCode("bench-" + o),
                  OfficeType.COUNTRY,
                  new OfficeCode("hq"),
                  List.of(EN),
                  ZoneId.of("UTC"),
                  Map.of(EN, "Benchmark office " + o),
                  List.of()),
              AUTHOR);
      if (first == null) {
        first = office;
        tenant.runAs(office, () -> publishNews(itemsPerOffice));
      } else {
        copies.copy(first.id(), office.id());
      }
    }
    LOG.info(
        String.format(
            "Loaded the benchmark network: %d offices x %d news items in %.1f s",
            officeCount, itemsPerOffice, (System.nanoTime() - start) / 1e9));
  }

  private void publishNews(int count) {
    for (int i = 1; i <= count; i++) {
      long id =
          content
              .create(
                  ContentType.NEWS,
                  EN,
                  new Slug("story-" + i),
                  new RevisionInput(
                      "Benchmark story number " + i,
                      "A short summary of story " + i + " for the news list.",
                      ("<p>Paragraph of the story, long enough to look like a real article. "
                              + "It talks about programmes, partners and people.</p>")
                          .repeat(12)),
                  AUTHOR)
              .getId();
      live.publishLatest(id, AUTHOR);
    }
  }
}
