package org.meridian.content.health;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.meridian.content.Slug;
import org.meridian.content.quality.BodyContext;
import org.meridian.content.quality.ImageAltCheck;
import org.meridian.content.quality.InternalLinkCheck;
import org.meridian.content.quality.LibraryAlts;
import org.meridian.content.quality.LinkTargets;
import org.meridian.content.quality.QualityChecks;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * What Site health finds in one office's live items: translation sets missing a language, links
 * into the site that lead nowhere, images without a text alternative. The same rules whether the
 * items were read for one office ({@link ContentHealth}) or for the whole network at once (HQ's
 * overview), so the two cannot disagree; each body is parsed once.
 */
public final class LiveBodyChecks {

  /** What the live items show, every case listed. */
  public record Findings(
      List<MissingTranslation> missing, List<BrokenLink> broken, List<MissingAlt> withoutAlt) {

    public Findings {
      missing = List.copyOf(missing);
      broken = List.copyOf(broken);
      withoutAlt = List.copyOf(withoutAlt);
    }

    public long missingTranslations() {
      return missing.stream().mapToLong(m -> m.missing().size()).sum();
    }

    /** Images without alt text in the items (heroes and bodies), not counting the library's. */
    public long imagesWithoutAlt() {
      return withoutAlt.stream().mapToLong(MissingAlt::count).sum();
    }
  }

  private LiveBodyChecks() {}

  /**
   * Checks {@code live}, the office's live items that are not in the trash, in the order they are
   * listed.
   *
   * @param movedTo whether an old address of the office ({@code language}, {@code slug}) redirects
   *     to a live item
   * @param libraryAlts the alt texts the office's library (or HQ's) gives images, by language
   */
  public static Findings check(
      OfficeRef office,
      List<LiveBody> live,
      BiPredicate<LanguageTag, Slug> movedTo,
      Function<String, LibraryAlts> libraryAlts) {
    Set<String> pages = new HashSet<>();
    Set<Long> liveIds = new HashSet<>();
    for (LiveBody item : live) {
      pages.add(item.language() + "/" + item.slug());
      liveIds.add(item.itemId());
    }
    LinkTargets links =
        new LinkTargets() {
          @Override
          public boolean isLive(long itemId) {
            return liveIds.contains(itemId);
          }

          @Override
          public boolean leadsSomewhere(LanguageTag language, Slug slug) {
            return pages.contains(language.value() + "/" + slug.value())
                || movedTo.test(language, slug);
          }
        };
    List<BrokenLink> broken = new ArrayList<>();
    List<MissingAlt> withoutAlt = new ArrayList<>();
    for (LiveBody item : live) {
      var common = item.common();
      if (common.heroImageId() != null && !common.heroDecorative() && common.heroAlt().isEmpty()) {
        withoutAlt.add(new MissingAlt("hero", item.itemId(), null, item.title(), 1));
      }
      Document body = QualityChecks.parse(item.body());
      BodyContext context =
          new BodyContext(
              office.code(),
              office.languages(),
              item.language(),
              links,
              libraryAlts.apply(item.language()));
      for (String href : InternalLinkCheck.brokenAddresses(body, context)) {
        broken.add(new BrokenLink(item.itemId(), item.title(), item.language(), href));
      }
      int inBody = new ImageAltCheck().check(body, context).size();
      if (inBody > 0) {
        withoutAlt.add(new MissingAlt("body", item.itemId(), null, item.title(), inBody));
      }
    }
    return new Findings(missingTranslations(office, live), broken, withoutAlt);
  }

  private static List<MissingTranslation> missingTranslations(
      OfficeRef office, List<LiveBody> live) {
    if (office.languages().size() < 2) {
      return List.of();
    }
    List<TranslationCoverage.LiveVersion> versions =
        live.stream()
            .map(
                i ->
                    new TranslationCoverage.LiveVersion(
                        i.itemId(), i.title(), i.language(), i.sourceId()))
            .toList();
    return TranslationCoverage.missing(
        versions, office.languages().stream().map(LanguageTag::value).toList());
  }
}
