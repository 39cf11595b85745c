package org.meridian.site;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this server's page cache in step with changes made on other servers: every few seconds it
 * reads the offices' generations ({@link CacheGenerations}) and drops the pages of every office
 * whose generation moved since the last look (every page, for {@code "*"}), and which of its media
 * files are public ({@link PublicMedia}). A change made here is dropped at once by the caches' own
 * observers; this is for the others.
 */
@ApplicationScoped
public class CacheSync {

  private static final Logger LOG = Logger.getLogger(CacheSync.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private CacheGenerations generations;
  @Inject private PageCache cache;
  @Inject private PublicMedia media;

  private final Map<String, Long> seen = new HashMap<>();
  private ScheduledFuture<?> ticking;

  public CacheSync() {}

  /** A sync outside CDI, for tests. */
  CacheSync(PageCache cache) {
    this.cache = cache;
  }

  /** Starts looking every {@code interval}; the first look only learns where things stand. */
  public synchronized void start(Duration interval) {
    if (ticking != null) {
      return;
    }
    if (interval.isNegative() || interval.isZero() || interval.toSeconds() > 60) {
      throw new IllegalArgumentException(
          "The cache sync interval must be between 1 and 60 seconds: got " + interval);
    }
    ticking =
        executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(
        () -> "Page cache follows other servers' changes every " + interval.toSeconds() + " s");
  }

  private void tick() {
    try {
      apply(generations.all());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not read the page generations now: " + e.getMessage(), e);
    }
  }

  /** Drops what moved since the last look. */
  synchronized void apply(Map<String, Long> now) {
    boolean first = seen.isEmpty();
    for (Map.Entry<String, Long> g : now.entrySet()) {
      Long before = seen.put(g.getKey(), g.getValue());
      if (first || g.getValue().equals(before)) {
        continue;
      }
      if (g.getKey().equals(CacheGenerations.EVERY_OFFICE)) {
        cache.forgetAll();
      } else {
        cache.forget(g.getKey());
        if (media != null) {
          // The office's live content may have changed, and with it which files are public.
          media.forget(g.getKey());
        }
      }
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.cancel(false);
      ticking = null;
    }
  }
}
