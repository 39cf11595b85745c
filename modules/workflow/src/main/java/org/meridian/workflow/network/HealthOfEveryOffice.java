package org.meridian.workflow.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.content.ContentCounts;
import org.meridian.content.health.ContentHealthReport;
import org.meridian.content.health.LiveBody;
import org.meridian.content.health.LiveBodyChecks;
import org.meridian.content.media.MediaItem;
import org.meridian.content.quality.LibraryAlts;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.Regions;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.GrantRules;
import org.meridian.workflow.network.internal.NetworkRows;
import org.meridian.workflow.review.ReviewBacklog;

/**
 * The network overview's rows, every office at once: the counts from a few statements grouped by
 * office ({@link NetworkRows}), the live bodies read a batch of offices at a time and checked by
 * the rules each office's own view applies ({@link LiveBodyChecks}). It runs inside {@link
 * AcrossOffices#readGrouped}, whose {@link GroupedRead} the statements need.
 */
@ApplicationScoped
public class HealthOfEveryOffice {

  /** How many live items' bodies one statement reads at most (whole offices: it may be more). */
  static final int BODIES_PER_READ = 2_000;

  private static final Pattern LIBRARY_FILE = Pattern.compile("data-media=\"([0-9]{1,18})\"");

  private static final LiveBodyChecks.Findings NO_FINDINGS =
      new LiveBodyChecks.Findings(List.of(), List.of(), List.of());

  @Inject private NetworkRows statements;
  @Inject private OfficeDirectory offices;
  @Inject private AccountDirectory accounts;

  /** A row per office of {@code read}, HQ first, as {@code actor} sees them at {@code now}. */
  public List<OfficeHealth> rows(String actor, GroupedRead read, Instant now) {
    List<OfficeRef> all = read.offices();
    // The dormant people are the people screen's: asked of each office, as OfficePeople does.
    GrantRules grants = accounts.grantRulesFor(actor);
    all.forEach(office -> GrantRules.require(grants.refusalToManage(office)));
    Map<OfficeCode, NetworkRows.ItemCounts> counts = statements.itemCounts(read);
    Map<OfficeCode, List<NetworkRows.ReviewDate>> reviews = statements.reviewDates(read);
    Map<OfficeCode, Long> outdated = statements.outdatedTranslations(read);
    Map<OfficeCode, Long> library = statements.libraryImagesWithoutAlt(read);
    Map<OfficeCode, ReviewBacklog> backlogs = statements.reviewBacklogs(read);
    Map<OfficeCode, Long> dormant =
        statements.dormantMemberships(read, now.minus(NetworkHealth.DORMANT_AFTER));
    Map<OfficeCode, LiveBodyChecks.Findings> findings = liveFindings(read, all, counts);
    List<OfficeHealth> result = new ArrayList<>();
    for (OfficeRef office : all) {
      OfficeCode code = office.code();
      NetworkRows.ItemCounts items =
          counts.getOrDefault(code, new NetworkRows.ItemCounts(0, 0, null));
      LocalDate today = LocalDate.ofInstant(now, office.timeZone());
      long pastReviewBy =
          reviews.getOrDefault(code, List.of()).stream()
              .filter(r -> r.reviewBy().isBefore(today))
              .mapToLong(NetworkRows.ReviewDate::items)
              .sum();
      LiveBodyChecks.Findings found = findings.getOrDefault(code, NO_FINDINGS);
      ContentHealthReport report =
          new ContentHealthReport(
              pastReviewBy,
              outdated.getOrDefault(code, 0L),
              found.missingTranslations(),
              found.broken().size(),
              library.getOrDefault(code, 0L) + found.imagesWithoutAlt(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              List.of());
      String region = Regions.of(office, offices::find).map(OfficeCode::value).orElse("");
      result.add(
          OfficeHealth.of(
              office,
              region,
              new ContentCounts(
                  items.items(),
                  items.live(),
                  items.items() - items.live(),
                  items.lastPublishedAt()),
              report,
              backlogs.getOrDefault(code, new ReviewBacklog(0, null)),
              dormant.getOrDefault(code, 0L)));
    }
    return List.copyOf(result);
  }

  /**
   * The live items' findings of every office that has live items, the bodies read a batch of
   * offices at a time so that a large network is never in memory at once.
   */
  private Map<OfficeCode, LiveBodyChecks.Findings> liveFindings(
      GroupedRead read, List<OfficeRef> all, Map<OfficeCode, NetworkRows.ItemCounts> counts) {
    Optional<OfficeRef> hq = all.stream().filter(o -> o.type() == OfficeType.HQ).findFirst();
    Map<OfficeCode, LiveBodyChecks.Findings> findings = new HashMap<>();
    List<OfficeRef> batch = new ArrayList<>();
    long bodies = 0;
    for (OfficeRef office : all) {
      long live = counts.getOrDefault(office.code(), new NetworkRows.ItemCounts(0, 0, null)).live();
      if (live == 0) {
        continue;
      }
      batch.add(office);
      bodies += live;
      if (bodies >= BODIES_PER_READ) {
        findings.putAll(checkBatch(read, batch, hq));
        batch.clear();
        bodies = 0;
      }
    }
    if (!batch.isEmpty()) {
      findings.putAll(checkBatch(read, batch, hq));
    }
    return findings;
  }

  private Map<OfficeCode, LiveBodyChecks.Findings> checkBatch(
      GroupedRead read, List<OfficeRef> batch, Optional<OfficeRef> hq) {
    Map<OfficeCode, List<LiveBody>> live = statements.liveItems(read, batch);
    Map<OfficeCode, Set<String>> moved = statements.redirects(read, batch);
    Set<Long> fileIds = new HashSet<>();
    live.values()
        .forEach(
            items ->
                items.forEach(
                    item -> {
                      Matcher m = LIBRARY_FILE.matcher(item.body());
                      while (m.find()) {
                        fileIds.add(Long.parseLong(m.group(1)));
                      }
                    }));
    Map<Long, NetworkRows.LibraryFile> files = statements.libraryFiles(read, fileIds);
    Map<OfficeCode, LiveBodyChecks.Findings> findings = new HashMap<>();
    for (OfficeRef office : batch) {
      Set<String> redirects = moved.getOrDefault(office.code(), Set.of());
      findings.put(
          office.code(),
          LiveBodyChecks.check(
              office,
              live.getOrDefault(office.code(), List.of()),
              (language, slug) -> redirects.contains(language.value() + "/" + slug.value()),
              language -> libraryAlts(office, hq, files, language)));
    }
    return findings;
  }

  /**
   * As {@code BodyQuality.libraryAlts} over {@code MediaLibrary.find}: a file of the office's own
   * library, else of HQ's shared one (for offices other than HQ).
   */
  private static LibraryAlts libraryAlts(
      OfficeRef office,
      Optional<OfficeRef> hq,
      Map<Long, NetworkRows.LibraryFile> files,
      String language) {
    return id ->
        Optional.ofNullable(files.get(id))
            .filter(
                f ->
                    f.officeId() == office.id()
                        || (office.type() != OfficeType.HQ
                            && hq.isPresent()
                            && f.officeId() == hq.get().id()))
            .flatMap(
                f ->
                    MediaItem.bodyAltFor(
                        f.image(), f.decorative(), f.altText(), f.altTexts(), language));
  }
}
