package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.content.taxonomy.TagUse;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.TaxonomyQueries;
import org.meridian.content.taxonomy.ThemeUse;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The public addresses a server renders once before it says it is ready, one of each kind of page
 * {@link SiteServlet} serves: the network's index, sitemap and robots.txt; an office's home, lists
 * (news, events, past events, publications, themes), feeds, sitemap, a search and a page that is
 * not there; an item of each type, a theme's and a tag's page, from the first office that has one;
 * the home of an office of each other theme variant in use. The launcher asks for them over HTTP
 * once the server listens (docs/operations.md, "Warm-up").
 *
 * <p>Why: the first time a server renders a kind of page it loads and links the classes of the
 * page's templates, queries and filters — 723 ms for a first news list, against 140 ms for the
 * renders after, on 2026-12-07 — and without a warm-up the first visitor of each kind paid it.
 */
@ApplicationScoped
public class WarmUpAddresses {

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private LiveQueries content;
  @Inject private TaxonomyQueries taxonomy;
  @Inject private Tags tags;

  /** How many offices are looked through for a kind of page the first one lacks. */
  static final int OFFICES_LOOKED_AT = 10;

  /**
   * The addresses to render, each a path from the server's root with its query: the lists, search,
   * feeds and sitemap of the first active office with live items; an item of each type, a theme and
   * a tag of the first office that has one.
   */
  public List<String> addresses() {
    List<String> addresses = new ArrayList<>(List.of("/", "/sitemap.xml", "/robots.txt"));
    List<OfficeRef> active =
        offices.all().stream().filter(OfficeRef::isActive).limit(OFFICES_LOOKED_AT).toList();
    Optional<OfficeRef> warmed =
        active.stream()
            .filter(
                office -> !tenant.callAs(office, () -> live(office, Optional.empty())).isEmpty())
            .findFirst()
            .or(() -> active.stream().findFirst());
    warmed.ifPresent(
        office -> addresses.addAll(lists(office.code().value(), office.defaultLanguage().value())));
    // A theme variant may have a home template of its own: a home of each variant in use.
    Set<String> variants = new HashSet<>();
    warmed.ifPresent(office -> variants.add(office.branding().variant()));
    for (OfficeRef office : active) {
      if (variants.add(office.branding().variant())) {
        addresses.add(base(office) + "/");
      }
    }
    String word = "meridian";
    for (ContentType type : ContentType.values()) {
      for (OfficeRef office : active) {
        List<LiveItem> items = tenant.callAs(office, () -> live(office, Optional.of(type)));
        if (!items.isEmpty()) {
          addresses.add(base(office) + "/" + items.get(0).path());
          if (type == ContentType.NEWS) {
            word = firstWord(items.get(0).title()).orElse(word);
          }
          break;
        }
      }
    }
    firstOf(
            active,
            office ->
                taxonomy.themesInUse(office.defaultLanguage()).stream()
                    .findFirst()
                    .map(ThemeUse::theme)
                    .map(theme -> base(office) + "/" + TaxonomyPages.THEMES + "/" + theme.slug()))
        .ifPresent(addresses::add);
    firstOf(
            active,
            office ->
                tags.list().stream()
                    .filter(tag -> tag.items() > 0)
                    .max(Comparator.comparingLong(TagUse::items))
                    .map(tag -> base(office) + "/" + TaxonomyPages.TAGS + "/" + tag.slug()))
        .ifPresent(addresses::add);
    String query = "?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
    warmed.ifPresent(office -> addresses.add(base(office) + "/" + SearchPages.PATH + query));
    return addresses;
  }

  /** The first of {@code offices}' answers, each asked as that office. */
  private Optional<String> firstOf(
      List<OfficeRef> offices, Function<OfficeRef, Optional<String>> address) {
    for (OfficeRef office : offices) {
      Optional<String> found = tenant.callAs(office, () -> address.apply(office));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private List<LiveItem> live(OfficeRef office, Optional<ContentType> type) {
    return content.listLive(office.defaultLanguage(), type, 1);
  }

  private static String base(OfficeRef office) {
    return "/" + office.code().value() + "/" + office.defaultLanguage().value();
  }

  /** An office's home, lists, feeds and sitemap, and a page it does not have. */
  static List<String> lists(String code, String language) {
    String base = "/" + code + "/" + language;
    return List.of(
        base + "/",
        base + "/" + NewsPages.PATH,
        base + "/" + ListingPages.EVENTS,
        base + "/" + ListingPages.EVENTS + "/" + ListingPages.PAST,
        base + "/" + ListingPages.PUBLICATIONS,
        base + "/" + TaxonomyPages.THEMES,
        base + "/feed.rss",
        base + "/feed.atom",
        "/" + code + "/sitemap.xml",
        // What a mistyped or removed address gets: the 404 page, its own template.
        base + "/meridian-warm-up-page-not-found");
  }

  /** A word of a title to search for: its first of four letters or more. */
  static Optional<String> firstWord(String title) {
    for (String word : title.split("[^\\p{L}\\p{N}]+")) {
      if (word.codePointCount(0, word.length()) >= 4) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }
}
