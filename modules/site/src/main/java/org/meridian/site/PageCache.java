package org.meridian.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.PublicPagesChanged;
import org.meridian.content.menu.MenuChanged;
import org.meridian.content.taxonomy.TaxonomyChanged;
import org.meridian.tenancy.office.OfficeChanged;

/**
 * Rendered public pages, kept by office, URL prefix and path, so that a page is rendered once and
 * served many times. Everything of an office is dropped as soon as a transaction that published,
 * changed or unpublished its content, or changed the office itself, has committed — a page never
 * outlives what it shows. Bounded by bytes, least recently used pages go first.
 *
 * <p>In a cluster each node keeps its own cache. The same changes bump the office's generation in
 * the database ({@link CacheGenerations}); every node looks at the generations every few seconds
 * and drops the pages of the offices whose generation moved ({@link CacheSync}). A page rendered
 * while its office's pages were dropped is not kept ({@link #epoch}).
 */
@ApplicationScoped
public class PageCache {

  private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

  /** The office a page belongs to, the prefix it was rendered for ("" or "/gambia"), its path. */
  record Key(String office, String basePath, String path) {}

  @Inject
  @ConfigProperty(name = "meridian.site.cache-megabytes", defaultValue = "64")
  int megabytes;

  public static final String EVENTS_REFRESH_KEY = "meridian.site.events-refresh-seconds";

  @Inject
  @ConfigProperty(name = EVENTS_REFRESH_KEY, defaultValue = "300")
  String eventsRefreshSetting;

  private volatile Duration eventsRefresh;

  private Cache<Key, CachedPage> pages;

  /**
   * The last page served at each address (office, prefix, path and query, without what varies with
   * time or alerts), kept when the pages above are dropped: what this server answers while the
   * database is away. Bounded by the same budget, so at most twice {@code cache-megabytes} in all
   * (in practice far less: a page kept in both is held once).
   */
  private Cache<Key, CachedPage> lastGood;

  /** Counts, per office, the times its pages were dropped on this node. */
  private final java.util.concurrent.ConcurrentHashMap<String, Long> epochs =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Counts the times every page was dropped. */
  private final java.util.concurrent.atomic.AtomicLong everything =
      new java.util.concurrent.atomic.AtomicLong();

  public PageCache() {}

  /** A cache outside CDI, for tests. */
  PageCache(int megabytes) {
    this.megabytes = megabytes;
    init();
  }

  @PostConstruct
  void init() {
    pages =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024L * 1024L)
            .weigher((Key key, CachedPage page) -> page.body().length + 256)
            .recordStats()
            .build();
    lastGood =
        Caffeine.newBuilder()
            .maximumWeight(megabytes * 1024L * 1024L)
            .weigher((Key key, CachedPage page) -> page.body().length + 256)
            .build();
  }

  /** The page last served at {@code address}, however old, for when the database is away. */
  Optional<CachedPage> lastGood(Key address) {
    return Optional.ofNullable(lastGood.getIfPresent(address));
  }

  /** Remembers {@code page} as the last served at {@code address}. */
  void keepLastGood(Key address, CachedPage page) {
    if (megabytes > 0 && lastGood.getIfPresent(address) != page) {
      lastGood.put(address, page);
    }
  }

  /**
   * How long a page that depends on the time (events lists, home pages with their upcoming events)
   * is kept at most: {@code meridian.site.events-refresh-seconds}, 1–3600, default 300.
   *
   * @throws IllegalArgumentException naming the setting when it is wrong
   */
  public Duration eventsRefresh() {
    Duration known = eventsRefresh;
    if (known == null) {
      known = eventsRefresh(eventsRefreshSetting);
      eventsRefresh = known;
    }
    return known;
  }

  static Duration eventsRefresh(String value) {
    return org.meridian.tenancy.time.WholeSeconds.parse(EVENTS_REFRESH_KEY, value, 1, 3600);
  }

  Optional<CachedPage> get(Key key) {
    return Optional.ofNullable(pages.getIfPresent(key));
  }

  void put(Key key, CachedPage page) {
    pages.put(key, page);
  }

  /**
   * Keeps {@code page} unless the pages of its office were dropped since {@code epoch} was taken
   * (before the page was rendered): then it may show what the drop was for and is not kept.
   */
  void put(Key key, CachedPage page, long epoch) {
    if (epoch(key.office()) == epoch) {
      pages.put(key, page);
      if (epoch(key.office()) != epoch) {
        pages.asMap().remove(key, page);
      }
    }
  }

  /** Where the office's pages stand: changes each time they are dropped on this node. */
  long epoch(String office) {
    return epochs.getOrDefault(office, 0L) + everything.get() * 1_000_000_007L;
  }

  /** Drops every page of {@code office}. */
  void forget(String office) {
    epochs.merge(office, 1L, Long::sum);
    pages.asMap().keySet().removeIf(key -> key.office().equals(office));
  }

  /** Drops every page. */
  void forgetAll() {
    everything.incrementAndGet();
    pages.invalidateAll();
  }

  long size() {
    return pages.estimatedSize();
  }

  /** What the cache holds and how often it answered, since this server started. */
  public record Figures(long pages, long bytes, long capacityBytes, long hits, long misses) {}

  /** The cache's figures now (health checks and metrics). */
  public Figures figures() {
    var stats = pages.stats();
    long bytes = pages.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
    return new Figures(
        pages.estimatedSize(),
        bytes,
        megabytes * 1024L * 1024L,
        stats.hitCount(),
        stats.missCount());
  }

  /** Applies pending evictions now (Caffeine does it lazily). */
  void cleanUp() {
    pages.cleanUp();
  }

  void onLiveContentChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    forget(change.office().value());
    LOG.fine(() -> "Page cache: dropped the pages of " + change.office() + " after " + change);
  }

  void onItemPathChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          org.meridian.content.ItemPathChanged change) {
    forget(change.office().value());
  }

  /** Addresses and links between translations, changed without a publish. */
  void onPublicPagesChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PublicPagesChanged change) {
    forget(change.office().value());
  }

  /** A menu changed: every page of the office shows it. */
  void onMenuChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MenuChanged change) {
    forget(change.office().value());
    LOG.fine(() -> "Page cache: dropped the pages of " + change.office() + " after " + change);
  }

  /**
   * An item's themes or tags, or an office's tags, changed: that office's pages. A theme changed:
   * every office's pages, as any of them may name it.
   */
  void onTaxonomyChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TaxonomyChanged change) {
    if (change.everyOffice()) {
      forgetAll();
    } else {
      forget(change.office().value());
    }
    LOG.fine(() -> "Page cache: dropped pages after " + change);
  }

  void onOfficeChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfficeChanged change) {
    forget(change.office().code().value());
    // The network's own pages (the list of offices) name every office.
    forget("");
  }
}
