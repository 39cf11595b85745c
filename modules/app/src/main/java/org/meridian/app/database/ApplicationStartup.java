package org.meridian.app.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.meridian.app.demo.BenchNetwork;
import org.meridian.app.demo.DemoContent;
import org.meridian.app.launcher.MeridianLauncher;
import org.meridian.app.launcher.Settings;
import org.meridian.app.launcher.StartupFailure;
import org.meridian.app.launcher.WarmUp;
import org.meridian.content.alert.AlertBoard;
import org.meridian.content.search.SearchRebuild;
import org.meridian.site.PageCache;
import org.meridian.tenancy.mail.MailSettings;
import org.meridian.tenancy.mail.MailTicker;
import org.meridian.tenancy.people.PasswordCost;
import org.meridian.tenancy.time.ClockOffset;
import org.meridian.tenancy.time.ServerClock;
import org.meridian.workflow.schedule.ScheduleTicker;

/**
 * Prepares the application when it is deployed: checks that the database answers, migrates its
 * schema with Flyway (EclipseLink never creates tables), then loads the demo network into an empty
 * database. When any step fails it says why in one line and tells the launcher to stop.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  /** How often this server looks for pages another server changed, in milliseconds. */
  static final String CACHE_SYNC_KEY = "meridian.site.cache-sync-millis";

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  @Inject private DemoContent demo;
  @Inject private FirstAdministrator firstAdministrator;
  @Inject private BenchNetwork bench;
  @Inject private org.meridian.app.demo.BenchSyndication benchSyndication;
  @Inject private ScheduleTicker scheduler;
  @Inject private MailTicker mail;
  @Inject private org.meridian.content.syndication.FanOut fanOut;
  @Inject private org.meridian.site.CacheSync cacheSync;
  @Inject private SearchRebuild searchIndex;
  @Inject private ServerClock clock;
  @Inject private AlertBoard alertBoard;
  @Inject private org.meridian.app.security.ConsoleSignIn consoleSignIn;
  @Inject private PageCache pageCache;
  @Inject private DatabaseWatch databaseWatch;
  @Inject private SiteChangesListener siteChanges;
  @Inject private org.meridian.site.WarmUpAddresses warmUp;

  @PostConstruct
  void start() {
    DatabaseFailureLines.install();
    checkSettings();
    checkTimeAndCostSettings();
    DatabaseSettings settings = DatabaseSettings.fromConfig();
    try {
      // A direct connection first: its error is the database's own, not the pool's.
      boolean postgres;
      // Bounded in every wait (connect, sign in, answer): a database that accepts connections but
      // never answers stops the start after ten seconds, as the launcher's own probe does.
      try (Connection probe = DatabaseTimeouts.direct(settings, 10).getConnection()) {
        String product = productOf(probe);
        postgres = product.startsWith("PostgreSQL");
        LOG.info(() -> "Database: " + settings.describe() + " (" + product + ")");
      }
      // db/postgresql holds what only PostgreSQL has (the search index's tsvector column).
      Flyway flyway =
          // Outside the pool: a migration may take longer than the pool's one-minute limit.
          Flyway.configure(ApplicationStartup.class.getClassLoader())
              .dataSource(ConfiguredDataSource.open(settings, DatabaseTimeouts.seconds()))
              .locations(
                  postgres
                      ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                      : new String[] {"classpath:db/migration"})
              // Migrations that SQL cannot write alike on both databases (each says why).
              .javaMigrations(new EventDatesBackfill())
              .load();
      SchemaCheck.problem(flyway).ifPresent(problem -> fail(problem, null));
      int applied = flyway.migrate().migrationsExecuted;
      var current = flyway.info().current();
      LOG.info(
          () ->
              "Database schema at version "
                  + (current == null ? "none" : current.getVersion())
                  + " ("
                  + applied
                  + " migrations applied now)");
    } catch (StartRefused refused) {
      throw refused;
    } catch (Exception e) {
      fail(StartupFailure.describe(e, settings.describe()), e);
    }
    try {
      String summary = demo.loadIfWanted() + firstAdministrator.createIfEmpty();
      bench.loadIfWanted();
      benchSyndication.runIfWanted();
      // Content that predates the search index (or was loaded around it) is indexed once.
      searchIndex.rebuildIfEmpty();
      System.setProperty("meridian.startup.summary", summary);
    } catch (RuntimeException e) {
      fail("the demo content or first administrator could not be created: " + e.getMessage(), e);
    }
    SchedulerSettings schedule = SchedulerSettings.fromConfig();
    scheduler.start(schedule.interval(), schedule.node());
    try {
      fanOut.start(SyndicationSettings.interval(), schedule.node());
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), e);
    }
    try {
      databaseWatch.start(settings, DatabaseTimeouts.seconds());
      cacheSync.start(
          java.time.Duration.ofMillis(
              org.eclipse.microprofile.config.ConfigProvider.getConfig()
                  .getOptionalValue(CACHE_SYNC_KEY, Integer.class)
                  .orElse(250)));
      siteChanges.start(settings, DatabaseTimeouts.seconds());
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), e);
    }
    try {
      mail.start(MailSettings.fromConfig(), schedule.node());
    } catch (IllegalArgumentException e) {
      fail("the mail settings are wrong: " + e.getMessage(), e);
    }
    nameWarmUpAddresses();
    System.setProperty(MeridianLauncher.STARTED_PROPERTY, "true");
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    DatabaseFailureLines.uninstall();
  }

  /**
   * The launcher's check of every setting, again: a server started without the launcher (the tests'
   * in-container deployment) stops on the same wrong values with the same lines.
   */
  private void checkSettings() {
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    List<String> problems =
        Settings.problems(key -> config.getOptionalValue(key, String.class).orElse(null));
    if (!problems.isEmpty()) {
      fail(String.join("; ", problems), null);
    }
  }

  /**
   * Reads the settings that test servers change (the clock's offset, the cost of password hashes,
   * the periods of time-bound caches) before anything uses them: a wrong value stops the start
   * naming the setting, and a test value is said in the log.
   */
  private void checkTimeAndCostSettings() {
    try {
      ClockOffset offset = clock.offset();
      if (!offset.isZero()) {
        LOG.warning(
            () ->
                "The server's clock is shifted by "
                    + offset.duration()
                    + " from the system's (meridian.clock.offset): for tests only; now is "
                    + clock.clock().instant());
      }
      PasswordCost cost = PasswordCost.fromConfig();
      if (cost.belowDefault()) {
        LOG.warning(
            () ->
                "New password hashes use "
                    + cost.iterations()
                    + " PBKDF2 iterations (meridian.password.iterations), fewer than the "
                    + PasswordCost.DEFAULT
                    + " of production: for tests only");
      }
      alertBoard.reloadInterval();
      pageCache.eventsRefresh();
      consoleSignIn.maxSessionLifetime();
    } catch (IllegalArgumentException e) {
      fail(e.getMessage(), e);
    }
  }

  /**
   * The pages the launcher renders before the server says it is ready (WarmUp). Without them the
   * server starts all the same: its first visitors pay the first renders.
   */
  private void nameWarmUpAddresses() {
    try {
      System.setProperty(WarmUp.ADDRESSES_PROPERTY, String.join("\n", warmUp.addresses()));
    } catch (RuntimeException e) {
      LOG.warning(
          () ->
              "No warm-up: the pages to render could not be read ("
                  + e.getClass().getSimpleName()
                  + ")");
    }
  }

  private static String productOf(Connection connection) {
    try {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (java.sql.SQLException e) {
      return "unknown product";
    }
  }

  private static void fail(String reason, Exception cause) {
    LOG.log(Level.FINE, reason, cause);
    LOG.severe("Meridian cannot start: " + reason);
    System.setProperty(MeridianLauncher.FAILURE_PROPERTY, reason);
    throw new StartRefused(reason);
  }

  /** The start stops here, for the reason already logged and handed to the launcher. */
  private static final class StartRefused extends IllegalStateException {
    StartRefused(String reason) {
      super(reason);
    }
  }
}
