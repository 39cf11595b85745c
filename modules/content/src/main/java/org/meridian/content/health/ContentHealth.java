package org.meridian.content.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentQueries;
import org.meridian.content.Revision;
import org.meridian.content.Slug;
import org.meridian.content.TranslationFilter;
import org.meridian.content.media.MediaAsset;
import org.meridian.content.media.MediaKind;
import org.meridian.content.quality.BodyContext;
import org.meridian.content.quality.BodyQuality;
import org.meridian.content.quality.ImageAltCheck;
import org.meridian.content.quality.InternalLinkCheck;
import org.meridian.content.quality.LinkTargets;
import org.meridian.content.quality.QualityChecks;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Checks the current office's content for the network health dashboard (see docs/network.md): a
 * handful of queries per office, whatever its size, and one pass over its live bodies.
 */
@ApplicationScoped
@Transactional
public class ContentHealth {

  @Inject private OfficeData data;
  @Inject private ContentQueries queries;
  @Inject private org.meridian.content.media.MediaLibrary media;

  /**
   * The current office's report; {@code office} must be the current office (its code and languages
   * say which links are internal). Lists are cut to {@code shown} cases each; counts are complete.
   */
  public ContentHealthReport check(OfficeRef office, LocalDate today, int shown) {
    var em = data.entityManager();
    long pastReviewBy =
        em.createQuery(
                "select count(i) from ContentItem i where i.trashedAt is null"
                    + " and i.reviewBy < :today",
                Long.class)
            .setParameter("today", today)
            .getSingleResult();
    long outdated =
        em.createQuery(
                "select count(t) from Translation t join t.item i where i.trashedAt is null"
                    + " and t.outdatedSince is not null",
                Long.class)
            .getSingleResult();
    List<ContentItem> live =
        em.createQuery(
                "select i from ContentItem i join fetch i.liveRevision"
                    + " where i.trashedAt is null order by i.id",
                ContentItem.class)
            .getResultList();
    List<MissingTranslation> missing = missingTranslations(office, live);
    List<BrokenLink> broken = brokenLinks(office, live);
    List<MissingAlt> withoutAlt = imagesWithoutAlt(office, live);
    return new ContentHealthReport(
        pastReviewBy,
        outdated,
        missing.stream().mapToLong(m -> m.missing().size()).sum(),
        broken.size(),
        withoutAlt.stream().mapToLong(MissingAlt::count).sum(),
        pastReviewBy == 0 ? List.of() : queries.reviewOverdue(today, shown),
        outdated == 0 ? List.of() : queries.listForEditors(TranslationFilter.OUTDATED, shown),
        first(missing, shown),
        first(broken, shown),
        first(withoutAlt, shown));
  }

  private List<MissingTranslation> missingTranslations(OfficeRef office, List<ContentItem> live) {
    if (office.languages().size() < 2) {
      return List.of();
    }
    Map<Long, Long> sourceOf = new HashMap<>();
    for (Object[] row :
        data.entityManager()
            .createQuery(
                "select i.id, s.id from Translation t join t.item i join t.source s",
                Object[].class)
            .getResultList()) {
      sourceOf.put((Long) row[0], (Long) row[1]);
    }
    List<TranslationCoverage.LiveVersion> versions =
        live.stream()
            .map(
                i ->
                    new TranslationCoverage.LiveVersion(
                        i.getId(),
                        i.liveRevision().title(),
                        i.language().value(),
                        sourceOf.get(i.getId())))
            .toList();
    return TranslationCoverage.missing(
        versions, office.languages().stream().map(LanguageTag::value).toList());
  }

  /**
   * The live bodies' links that lead nowhere, found by the same check as the workflow's gate
   * ({@link InternalLinkCheck}), its lookups answered from the live items read above.
   */
  private List<BrokenLink> brokenLinks(OfficeRef office, List<ContentItem> live) {
    Set<String> pages = new HashSet<>();
    Set<Long> liveIds = new HashSet<>();
    live.forEach(
        i -> {
          pages.add(i.language().value() + "/" + i.slug().value());
          liveIds.add(i.getId());
        });
    LinkTargets links =
        new LinkTargets() {
          @Override
          public boolean isLive(long itemId) {
            return liveIds.contains(itemId);
          }

          @Override
          public boolean leadsSomewhere(LanguageTag language, Slug slug) {
            return pages.contains(language.value() + "/" + slug.value())
                || queries.movedTo(language, slug).isPresent();
          }
        };
    List<BrokenLink> broken = new ArrayList<>();
    for (ContentItem item : live) {
      Revision revision = item.liveRevision();
      BodyContext context =
          new BodyContext(office.code(), office.languages(), item.language().value(), links);
      for (String href :
          InternalLinkCheck.brokenAddresses(QualityChecks.parse(revision.body()), context)) {
        broken.add(new BrokenLink(item.getId(), revision.title(), item.language().value(), href));
      }
    }
    return broken;
  }

  private List<MissingAlt> imagesWithoutAlt(OfficeRef office, List<ContentItem> live) {
    List<MissingAlt> found = new ArrayList<>();
    data.entityManager()
        .createQuery(
            "select m from MediaAsset m where m.kind = :image and m.decorative = :no"
                + " and m.altText = ''",
            MediaAsset.class)
        .setParameter("image", MediaKind.IMAGE)
        .setParameter("no", false)
        .getResultStream()
        .forEach(
            m -> found.add(new MissingAlt("library", null, m.getId(), m.details().title(), 1)));
    for (ContentItem item : live) {
      Revision revision = item.liveRevision();
      var common = revision.common();
      if (common.heroImageId() != null && !common.heroDecorative() && common.heroAlt().isEmpty()) {
        found.add(new MissingAlt("hero", item.getId(), null, revision.title(), 1));
      }
      BodyContext inLanguage =
          new BodyContext(
              office.code(),
              office.languages(),
              item.language().value(),
              LinkTargets.NONE,
              BodyQuality.libraryAlts(media, item.language().value()));
      int inBody =
          new ImageAltCheck().check(QualityChecks.parse(revision.body()), inLanguage).size();
      if (inBody > 0) {
        found.add(new MissingAlt("body", item.getId(), null, revision.title(), inBody));
      }
    }
    return found;
  }

  private static <T> List<T> first(List<T> list, int shown) {
    return list.size() <= shown ? list : list.subList(0, shown);
  }
}
