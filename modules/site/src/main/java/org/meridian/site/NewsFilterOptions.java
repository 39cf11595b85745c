package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.meridian.content.ContentType;
import org.meridian.content.LiveQueries;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeUse;

/**
 * What the news list's filter form offers in one language of an office — the years with news and
 * the themes in use — kept between requests like the menus ({@link SiteMenus}): only while the
 * office's page-cache epoch is the one they were read under, so a publish, an unpublish or a theme
 * change (which all drop the office's pages) drops them too.
 */
@ApplicationScoped
public class NewsFilterOptions {

  /** The years (newest first) and the themes in use (by name) a visitor may filter by. */
  record Options(List<Integer> years, List<ThemeUse> themes) {}

  private record Key(String office, String language) {}

  private record Held(long epoch, Options options) {}

  @Inject private LiveQueries content;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private PageCache cache;

  private final ConcurrentHashMap<Key, Held> held = new ConcurrentHashMap<>();

  /** The options of the request's office (which must be entered) in the page's language. */
  Options of(SitePages.Context site) {
    String office = site.office().code().value();
    Key key = new Key(office, site.language().value());
    long epoch = cache.epoch(office);
    Held kept = held.get(key);
    if (kept != null && kept.epoch() == epoch) {
      return kept.options();
    }
    Options read =
        new Options(
            NewsPages.years(
                content.firstPublishedRange(site.language(), ContentType.NEWS),
                site.office().timeZone()),
            taxonomy.themesInUse(site.language()));
    if (cache.epoch(office) == epoch) {
      held.put(key, new Held(epoch, read));
    }
    return read;
  }
}
