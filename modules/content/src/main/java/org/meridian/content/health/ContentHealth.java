package org.meridian.content.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentItem;
import org.meridian.content.EditorQueries;
import org.meridian.content.LiveQueries;
import org.meridian.content.Revision;
import org.meridian.content.TranslationFilter;
import org.meridian.content.media.MediaAsset;
import org.meridian.content.media.MediaKind;
import org.meridian.content.quality.BodyQuality;
import org.meridian.content.quality.LibraryAlts;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Checks the current office's content for its own detailed health view (see docs/network.md): a
 * handful of queries, whatever its size, and one pass over its live bodies ({@link LiveBodyChecks},
 * the rules HQ's network overview applies to every office at once).
 */
@ApplicationScoped
@Transactional
public class ContentHealth {

  @Inject private OfficeData data;
  @Inject private LiveQueries liveQueries;
  @Inject private EditorQueries queries;
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
    // Which item each translation translates: only offices of several languages miss some.
    Map<Long, Long> sourceOf = new HashMap<>();
    if (office.languages().size() >= 2) {
      for (Object[] row :
          em.createQuery(
                  "select i.id, s.id from Translation t join t.item i join t.source s",
                  Object[].class)
              .getResultList()) {
        sourceOf.put((Long) row[0], (Long) row[1]);
      }
    }
    List<LiveBody> live =
        em.createQuery(
                "select i from ContentItem i join fetch i.liveRevision"
                    + " where i.trashedAt is null order by i.id",
                ContentItem.class)
            .getResultStream()
            .map(
                i -> {
                  Revision revision = i.liveRevision();
                  return new LiveBody(
                      i.getId(),
                      i.language().value(),
                      i.slug().value(),
                      sourceOf.get(i.getId()),
                      revision.title(),
                      revision.body(),
                      revision.common());
                })
            .toList();
    Map<String, LibraryAlts> alts = new HashMap<>();
    LiveBodyChecks.Findings findings =
        LiveBodyChecks.check(
            office,
            live,
            (language, slug) -> liveQueries.movedTo(language, slug).isPresent(),
            language -> alts.computeIfAbsent(language, l -> BodyQuality.libraryAlts(media, l)));
    List<MissingAlt> withoutAlt = new ArrayList<>(libraryImagesWithoutAlt());
    withoutAlt.addAll(findings.withoutAlt());
    return new ContentHealthReport(
        pastReviewBy,
        outdated,
        findings.missingTranslations(),
        findings.broken().size(),
        withoutAlt.stream().mapToLong(MissingAlt::count).sum(),
        pastReviewBy == 0 ? List.of() : queries.reviewOverdue(today, shown),
        outdated == 0 ? List.of() : queries.listForEditors(TranslationFilter.OUTDATED, shown),
        first(findings.missing(), shown),
        first(findings.broken(), shown),
        first(withoutAlt, shown));
  }

  /** The office's library images that are not decorative and have no alt text. */
  private List<MissingAlt> libraryImagesWithoutAlt() {
    return data.entityManager()
        .createQuery(
            "select m from MediaAsset m where m.kind = :image and m.decorative = :no"
                + " and m.altText = ''",
            MediaAsset.class)
        .setParameter("image", MediaKind.IMAGE)
        .setParameter("no", false)
        .getResultStream()
        .map(m -> new MissingAlt("library", null, m.getId(), m.details().title(), 1))
        .toList();
  }

  private static <T> List<T> first(List<T> list, int shown) {
    return list.size() <= shown ? list : list.subList(0, shown);
  }
}
