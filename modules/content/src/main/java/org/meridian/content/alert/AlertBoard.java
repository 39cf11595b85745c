package org.meridian.content.alert;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.Regions;

/**
 * The alerts every site shows now, for the public pages: the alerts that have not ended, held in
 * memory and read again from the database at most every {@code meridian.alerts.reload-seconds}
 * (1–60, default 5: an alert issued or withdrawn on another server shows here within seconds) and
 * at once after a change made on this server. An alert appears at its start and disappears at its
 * end by itself: {@link #shownOn} compares the times on every call, and the page cache keys pages
 * by {@link #fingerprint}.
 */
@ApplicationScoped
public class AlertBoard {

  public static final String RELOAD_KEY = "meridian.alerts.reload-seconds";

  @Inject
  @ConfigProperty(name = RELOAD_KEY, defaultValue = "5")
  private String reloadSetting;

  private volatile Duration reload;

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private OfficeDirectory offices;

  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  private volatile Snapshot snapshot;

  /**
   * Counts the times the board was forgotten. A board read while an alert change commits may hold
   * the alerts as they were; it is kept only if nothing was forgotten while it was read (kept, it
   * stayed up to the reload interval: an alert issued on another server showed that late here).
   */
  private final java.util.concurrent.atomic.AtomicLong forgotten =
      new java.util.concurrent.atomic.AtomicLong();

  /** The last board read from the database: shown while it cannot be read again. */
  private volatile Snapshot lastGood;

  /** Where an old board is read again, beside the pages (the container's threads). */
  @Resource private ManagedExecutorService threads;

  /** Set by tests instead of {@link #threads}. */
  private Executor refresher;

  /** Whether a reading beside the pages is under way: one at a time. */
  private final java.util.concurrent.atomic.AtomicBoolean reading =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** An alert as the board keeps it. */
  record Entry(
      long id,
      Long audienceOfficeId,
      Instant startsAt,
      Instant endsAt,
      String link,
      Map<String, String> messages) {}

  private record Snapshot(Instant loadedAt, List<Entry> alerts) {}

  /**
   * How long the board trusts what it read from the database.
   *
   * @throws IllegalArgumentException naming the setting when it is wrong
   */
  public Duration reloadInterval() {
    Duration known = reload;
    if (known == null) {
      known = reloadInterval(reloadSetting);
      reload = known;
    }
    return known;
  }

  /** The interval {@code meridian.alerts.reload-seconds} gives: whole seconds from 1 to 60. */
  static Duration reloadInterval(String value) {
    return org.meridian.tenancy.time.WholeSeconds.parse(RELOAD_KEY, value, 1, 60);
  }

  /** The alerts {@code office}'s pages in {@code language} show at {@code now}, oldest first. */
  public List<ShownAlert> shownOn(OfficeRef office, LanguageTag language, Instant now) {
    List<Entry> alerts = current(now);
    if (alerts.isEmpty()) {
      return List.of();
    }
    Long regionId =
        Regions.of(office, offices::find).flatMap(offices::find).map(OfficeRef::id).orElse(null);
    return select(alerts, office.id(), regionId, language, office.defaultLanguage(), now);
  }

  /** What the alerts shown make different on a page: part of its cache key ({@code ""}: none). */
  public static String fingerprint(List<ShownAlert> shown) {
    StringBuilder key = new StringBuilder();
    for (ShownAlert alert : shown) {
      key.append(key.length() == 0 ? "" : ",").append(alert.id());
    }
    return key.toString();
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
    forget();
  }

  /** Reads the alerts again at the next page: an alert changed on another server. */
  public void forget() {
    forgotten.incrementAndGet();
    snapshot = null;
  }

  /**
   * The alerts of {@code alerts} shown on the office {@code officeId} (in the region {@code
   * regionId}, or none) at {@code now}, each in {@code language}, else the office's default
   * language, else English, else the first it has.
   */
  static List<ShownAlert> select(
      List<Entry> alerts,
      long officeId,
      Long regionId,
      LanguageTag language,
      LanguageTag officeDefault,
      Instant now) {
    List<ShownAlert> shown = new ArrayList<>();
    for (Entry alert : alerts) {
      boolean audience =
          alert.audienceOfficeId() == null
              || alert.audienceOfficeId() == officeId
              || alert.audienceOfficeId().equals(regionId);
      boolean showing = !alert.startsAt().isAfter(now) && alert.endsAt().isAfter(now);
      if (!audience || !showing || alert.messages().isEmpty()) {
        continue;
      }
      String chosen =
          Optional.of(language.value())
              .filter(alert.messages()::containsKey)
              .or(() -> Optional.of(officeDefault.value()).filter(alert.messages()::containsKey))
              .or(() -> Optional.of("en").filter(alert.messages()::containsKey))
              .orElseGet(
                  () -> alert.messages().keySet().stream().sorted().findFirst().orElseThrow());
      shown.add(new ShownAlert(alert.id(), chosen, alert.messages().get(chosen), alert.link()));
    }
    return shown;
  }

  /**
   * The board, read again when it is older than the reload interval (beside the page, which shows
   * the board as it was) or was forgotten (on the page's way: a change to show now). While the
   * database is away, or when reading it fails, the last board read stays (and is tried again one
   * interval later): a page is never refused for its alerts.
   */
  private List<Entry> current(Instant now) {
    return current(now, () -> load(now));
  }

  /** {@link #current(Instant)} with {@code loader} reading the database. */
  List<Entry> current(Instant now, java.util.function.Supplier<List<Entry>> loader) {
    Snapshot known = snapshot;
    if (known != null && !known.loadedAt().plus(reloadInterval()).isBefore(now)) {
      return known.alerts();
    }
    Snapshot previous = lastGood;
    if (previous != null && database != null && database.isDown()) {
      return previous.alerts();
    }
    Executor beside = refresher();
    if (known != null && beside != null) {
      // Only old, not forgotten: the page shows the board it has, and the board is read again
      // beside it. On a page's way, a database that had just stopped answering (its watch had not
      // yet seen it) held the page for the whole timeout (2 s, ClusterOutageIT).
      readBeside(beside, now, loader);
      return known.alerts();
    }
    return reload(now, loader, previous).alerts();
  }

  /** Reads the board; a failed reading keeps {@code previous}, tried again an interval later. */
  private Snapshot reload(
      Instant now, java.util.function.Supplier<List<Entry>> loader, Snapshot previous) {
    long seen = forgotten.get();
    Snapshot known;
    try {
      known = new Snapshot(now, loader.get());
      lastGood = known;
    } catch (RuntimeException e) {
      if (database != null
          && org.meridian.tenancy.health.DatabaseAvailability.isDatabaseFailure(e)) {
        database.suspect(e);
      }
      if (previous == null) {
        throw e;
      }
      known = new Snapshot(now, previous.alerts());
    }
    if (forgotten.get() == seen) {
      snapshot = known;
    }
    return known;
  }

  /** One reading at a time on {@code threads}; the pages meanwhile show the board as it was. */
  private void readBeside(
      Executor threads, Instant now, java.util.function.Supplier<List<Entry>> loader) {
    if (!reading.compareAndSet(false, true)) {
      return;
    }
    try {
      threads.execute(
          () -> {
            try {
              reload(now, loader, lastGood);
            } catch (RuntimeException unexpected) {
              // Not with a board read before, as here: reload() keeps it.
            } finally {
              reading.set(false);
            }
          });
    } catch (RejectedExecutionException stopping) {
      reading.set(false);
    }
  }

  private Executor refresher() {
    return refresher != null ? refresher : threads;
  }

  /** A board outside CDI, for tests: every reading on the page's way. */
  AlertBoard(String reloadSetting, org.meridian.tenancy.health.DatabaseAvailability database) {
    this(reloadSetting, database, null);
  }

  /** A board outside CDI, for tests, reading an old board again on {@code refresher}. */
  AlertBoard(
      String reloadSetting,
      org.meridian.tenancy.health.DatabaseAvailability database,
      Executor refresher) {
    this.reloadSetting = reloadSetting;
    this.database = database;
    this.refresher = refresher;
  }

  public AlertBoard() {}

  /**
   * The alerts that have not ended nor been withdrawn, by start. In a transaction of its own when
   * the caller has none: pages read the board outside theirs, several at once (InTransaction).
   */
  private List<Entry> load(Instant now) {
    return reads.call(() -> read(now));
  }

  private List<Entry> read(Instant now) {
    return entityManager
        .createQuery(
            "select a from NetworkAlert a where a.withdrawnAt is null and a.endsAt > :now"
                + " order by a.startsAt, a.id",
            NetworkAlert.class)
        .setParameter("now", now)
        .getResultStream()
        .map(
            a ->
                new Entry(
                    a.getId(),
                    a.audienceOfficeId(),
                    a.startsAt(),
                    a.endsAt(),
                    a.link(),
                    a.messages()))
        .toList();
  }
}
