package org.meridian.content.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.meridian.content.LiveQueries;
import org.meridian.content.Slug;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The quality checks of one body of the current office, its links looked up in the database: what
 * the workflow's gate runs at submit and publish, and the editor shows beside the body.
 */
@ApplicationScoped
@Transactional
public class BodyQuality {

  @Inject private TenantContext tenant;
  @Inject private LiveQueries queries;
  @Inject private MediaLibrary media;

  /**
   * The alt texts the library (the office's or HQ's) gives images in {@code language}: present when
   * the image has one there or by default, or is decorative ({@code ""}).
   */
  public static LibraryAlts libraryAlts(MediaLibrary media, String language) {
    java.util.Map<Long, java.util.Optional<String>> read = new java.util.HashMap<>();
    return id ->
        read.computeIfAbsent(
            id,
            mediaId ->
                media
                    .find(mediaId)
                    .flatMap(
                        m ->
                            MediaItem.bodyAltFor(
                                m.isImage(),
                                m.details().decorative(),
                                m.details().altText(),
                                m.altTexts(),
                                language)));
  }

  /** What the checks find in {@code body}, written in {@code language}. */
  public List<Finding> check(String body, String language) {
    OfficeRef office = tenant.require();
    Document document = QualityChecks.parse(body);
    Set<Long> named = new HashSet<>();
    for (Element a : document.select("a[data-item]")) {
      try {
        named.add(Long.parseLong(a.attr("data-item")));
      } catch (NumberFormatException notAnId) {
        // Refused by the check itself.
      }
    }
    Set<Long> live = queries.findLive(named).keySet();
    LinkTargets links =
        new LinkTargets() {
          @Override
          public boolean isLive(long itemId) {
            return live.contains(itemId);
          }

          @Override
          public boolean leadsSomewhere(LanguageTag language, Slug slug) {
            return queries.findLive(language, slug).isPresent()
                || queries.movedTo(language, slug).isPresent();
          }
        };
    BodyContext context =
        new BodyContext(
            office.code(), office.languages(), language, links, libraryAlts(media, language));
    List<Finding> found = new java.util.ArrayList<>();
    for (BodyCheck check : QualityChecks.ALL) {
      found.addAll(check.check(document, context));
    }
    return List.copyOf(found);
  }
}
