package org.meridian.site;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.meridian.content.alert.AlertBoard;
import org.meridian.tenancy.health.DatabaseAvailability;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeLogos;

/**
 * Keeps this server in step with changes made on other servers: every {@code
 * meridian.site.cache-sync-millis} (default 250 ms) it reads the generations ({@link
 * CacheGenerations}, one small table) and, for every office whose generation moved since the last
 * look, drops its pages (every page, for {@code "*"}), its public media files ({@link
 * PublicMedia}), its logo, and reads the offices again; when the network alerts' generation moved,
 * the alert board reads them again. On PostgreSQL it also looks at once when a bump is announced
 * ({@link CacheGenerations#CHANNEL}, {@link #lookNow}; the app's {@code SiteChangesListener}
 * listens), so a publish, an unpublish, a menu, a theme, an office's settings or an alert changed
 * on one server shows on every other within milliseconds plus the first render, and within the
 * period when an announcement is lost (measured: docs/operations.md). A change made here is applied
 * at once by the caches' own observers; this is for the others.
 *
 * <p>While the database is away ({@link DatabaseAvailability}) it does not ask; a failed look opens
 * the circuit (one log line, by the circuit) instead of logging every look. The first look after
 * the database is back drops whatever moved meanwhile.
 *
 * <p>It looks on a thread of its own: Payara's default managed scheduled executor runs every
 * periodic task of the application on one thread, where a schedule, the fan-out or the mail
 * ticker's work delayed a look by seconds.
 */
@ApplicationScoped
public class CacheSync {

  private static final Logger LOG = Logger.getLogger(CacheSync.class.getName());

  @Resource private ManagedThreadFactory threads;
  @Inject private CacheGenerations generations;
  @Inject private PageCache cache;
  @Inject private PublicMedia media;
  @Inject private AlertBoard alerts;
  @Inject private OfficeDirectory offices;
  @Inject private OfficeLogos logos;
  @Inject private DatabaseAvailability database;

  private final Map<String, Long> seen = new HashMap<>();
  private volatile ScheduledExecutorService ticking;
  private final java.util.concurrent.atomic.AtomicBoolean lookPending =
      new java.util.concurrent.atomic.AtomicBoolean();

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
    if (interval.toMillis() < 100 || interval.toMillis() > 60_000) {
      throw new IllegalArgumentException(
          "meridian.site.cache-sync-millis must be a whole number from 100 to 60000, not '"
              + interval.toMillis()
              + "'");
    }
    ticking =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = threads.newThread(task);
              thread.setName("meridian-cache-sync");
              thread.setDaemon(true);
              return thread;
            });
    ticking.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(
        () -> "This server follows other servers' changes every " + interval.toMillis() + " ms");
  }

  /**
   * Looks now, on the sync's thread, besides the periodic looks: a generation was announced as
   * moved ({@link CacheGenerations#CHANNEL}). Announcements that come while a look waits share it.
   */
  public void lookNow() {
    ScheduledExecutorService looking = ticking;
    if (looking != null && lookPending.compareAndSet(false, true)) {
      try {
        looking.execute(
            () -> {
              lookPending.set(false);
              tick();
            });
      } catch (java.util.concurrent.RejectedExecutionException stopped) {
        lookPending.set(false);
      }
    }
  }

  private void tick() {
    if (database.isDown()) {
      return;
    }
    try {
      apply(generations.all());
    } catch (RuntimeException e) {
      if (DatabaseAvailability.isDatabaseFailure(e)) {
        database.suspect(e);
      } else {
        LOG.log(java.util.logging.Level.WARNING, "Could not follow other servers' changes", e);
      }
    }
  }

  /** Drops what moved since the last look. */
  synchronized void apply(Map<String, Long> now) {
    boolean first = seen.isEmpty();
    boolean officesMoved = false;
    for (Map.Entry<String, Long> g : now.entrySet()) {
      Long before = seen.put(g.getKey(), g.getValue());
      if (first || g.getValue().equals(before)) {
        continue;
      }
      switch (g.getKey()) {
        case CacheGenerations.EVERY_OFFICE -> cache.forgetAll();
        case CacheGenerations.ALERTS -> {
          if (alerts != null) {
            alerts.forget();
          }
        }
        default -> {
          cache.forget(g.getKey());
          officesMoved = true;
          if (media != null) {
            // The office's live content may have changed, and with it which files are public.
            media.forget(g.getKey());
          }
          if (logos != null && !g.getKey().isEmpty()) {
            logos.forget(new OfficeCode(g.getKey()));
          }
        }
      }
    }
    if (officesMoved && offices != null) {
      // An office's status, name or host names may have changed there: read them again now, on
      // this thread, rather than on the next visitor's.
      offices.refresh();
      offices.all();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticking != null) {
      ticking.shutdownNow();
      ticking = null;
    }
  }
}
