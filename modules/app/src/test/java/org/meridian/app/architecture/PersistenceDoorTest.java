package org.meridian.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Office-owned data has one door, {@code tenancy.persistence.OfficeData}. Only the classes listed
 * below may hold a raw {@link EntityManager} (a field or constructor parameter: one that did not
 * come from {@code OfficeData}), hand an entity manager across packages (a public or protected
 * method taking one), or run SQL around the office filter (native queries, JDBC connections and
 * statements). Everything else gets its entity manager from {@code OfficeData}, bound to the
 * current office, and may pass it only to helpers of its own package.
 *
 * <p>Each entry says why the class needs it. An entry that is no longer needed fails the build too,
 * so that the list only shrinks by itself.
 */
class PersistenceDoorTest {

  /** What an allowed class may do. */
  enum Power {
    /** Hold or pass on an entity manager that is not {@code OfficeData}'s. */
    RAW_ENTITY_MANAGER,
    /** Run native SQL or use JDBC connections and statements. */
    NATIVE_SQL
  }

  private record Allowed(Set<Power> powers, String reason) {}

  private static final Power EM = Power.RAW_ENTITY_MANAGER;
  private static final Power SQL = Power.NATIVE_SQL;

  /** The allow-list: class, what it may do, and why. Keep it short. */
  private static final Map<String, Allowed> ALLOWED = new TreeMap<>();

  static {
    // tenancy: the door itself, and the network's own (not office-owned) data
    allow(
        "org.meridian.tenancy.persistence.OfficeData", EM, "the door: binds its EM to the office");
    allow("org.meridian.tenancy.office.OfficeDirectory", EM, "offices are the tenants themselves");
    allow("org.meridian.tenancy.office.OfficeLogos", EM, "office_logo is keyed by office, public");
    allow("org.meridian.tenancy.people.AccountDirectory", EM, "accounts belong to the network");
    allow("org.meridian.tenancy.people.OfficePeople", EM, "memberships span offices (HQ manages)");
    allow("org.meridian.tenancy.reset.PasswordResets", EM, "reset links belong to accounts");
    allow("org.meridian.tenancy.signin.SignInThrottle", EM, "sign-in counts come before an office");
    allow("org.meridian.tenancy.mail.MailOutbox", EM, "the mail outbox is the network's queue");
    allow("org.meridian.tenancy.mail.JpaOutboxStore", EM, "the relay's conditional outbox updates");
    allow(
        "org.meridian.tenancy.token.internal.TokenLookup",
        Set.of(EM, SQL),
        "finds a token's office by its hash: how an API request learns its office");
    // content: network-level data and the few deliberate reads across offices
    allow("org.meridian.content.alert.AlertBoard", EM, "network alerts are not office-owned");
    allow("org.meridian.content.alert.NetworkAlerts", EM, "network alerts are not office-owned");
    allow(
        "org.meridian.content.taxonomy.Themes",
        Set.of(EM, SQL),
        "the network's themes; counts their uses across offices (numbers only)");
    allow(
        "org.meridian.tenancy.persistence.AppSecrets",
        Set.of(EM, SQL),
        "the network's keys in app_secret, shared by every server");
    allow(
        "org.meridian.content.media.MediaUses",
        SQL,
        "counts an HQ asset's uses in other offices (numbers only); lists an office's files a live item uses");
    allow(
        "org.meridian.content.media.internal.MediaStoreProducer",
        SQL,
        "hands the data source to the database media store");
    allow(
        "org.meridian.content.media.internal.DatabaseMediaStore",
        SQL,
        "streams media bytes over JDBC, keyed by office and asset");
    allow(
        "org.meridian.content.search.internal.SearchEngineProducer",
        Set.of(EM, SQL),
        "reads the database product to choose the search engine");
    allow(
        "org.meridian.content.search.internal.NativeSql",
        Set.of(EM, SQL),
        "the search index's own SQL; every statement binds the office");
    allow(
        "org.meridian.content.syndication.internal.TargetRows",
        Set.of(EM, SQL),
        "fan-out rows that name the receiving office explicitly");
    // workflow: the audit trail (HQ reads all of it), the network overview and the scheduler's
    // work list
    allow("org.meridian.workflow.audit.AuditRecorder", EM, "audit_entry is not office-owned");
    allow("org.meridian.workflow.audit.AuditTrail", EM, "the audit trail applies its own scope");
    allow(
        "org.meridian.workflow.network.internal.NetworkRows",
        Set.of(EM, SQL),
        "HQ's network overview: figures grouped by office, only with AcrossOffices' GroupedRead");
    allow(
        "org.meridian.workflow.schedule.internal.DueChanges",
        Set.of(EM, SQL),
        "due changes of every office, ids only; each runs as its office");
    // site: the page cache's generations, shared by every server
    allow(
        "org.meridian.site.CacheGenerations",
        Set.of(EM, SQL),
        "site_generation per office code, read by every server");
    // app: the data source, migrations and health checks
    allow(
        "org.meridian.app.database.ConfiguredDataSource", SQL, "is the data source (JDBC driver)");
    allow(
        "org.meridian.app.database.ApplicationStartup", SQL, "checks the connection, runs Flyway");
    allow(
        "org.meridian.app.database.EventDatesBackfill",
        SQL,
        "migration 45.1: every office's live events' dates, once, before anything is served");
    allow("org.meridian.app.launcher.DatabaseProbe", SQL, "the launcher's connection check");
    allow(
        "org.meridian.app.launcher.Backup", SQL, "backup and restore: the whole database, offline");
    allow("org.meridian.app.web.DatabaseHealth", SQL, "/health checks the connection");
    allow(
        "org.meridian.app.demo.BenchCopies",
        SQL,
        "benchmark only: copies bench-1's items into another bench office, both offices named");
    allow(
        "org.meridian.app.database.DatabaseWatch",
        SQL,
        "asks the database select 1 every half second, for the outage circuit");
    allow(
        "org.meridian.app.database.DatabaseTimeouts", SQL, "makes the watch's bounded data source");
    allow(
        "org.meridian.app.database.SiteChangesListener",
        SQL,
        "listens for the page generations' announcements on a connection of its own");
    allow(
        "org.meridian.app.database.ConnectionUse",
        SQL,
        "bounds a pooled connection's network wait while it is held");
  }

  private static void allow(String className, Power power, String reason) {
    allow(className, Set.of(power), reason);
  }

  private static void allow(String className, Set<Power> powers, String reason) {
    ALLOWED.put(className, new Allowed(EnumSet.copyOf(powers), reason));
  }

  /** JDBC types that open connections or run statements (data types like Clob do not count). */
  private static final Set<String> JDBC =
      Set.of(
          "java.sql.Connection",
          "java.sql.Statement",
          "java.sql.PreparedStatement",
          "java.sql.CallableStatement",
          "java.sql.DriverManager",
          "javax.sql.DataSource");

  private final JavaClasses classes = MeridianClasses.all();

  @Test
  void onlyListedClassesHoldARawEntityManager() {
    assertThat(violations(EM)).as("raw EntityManager outside the allow-list").isEmpty();
  }

  @Test
  void onlyListedClassesRunNativeSql() {
    assertThat(violations(SQL)).as("native SQL or JDBC outside the allow-list").isEmpty();
  }

  @Test
  void everyEntryOfTheAllowListIsStillNeeded() {
    Map<String, Set<Power>> used = uses();
    List<String> stale = new ArrayList<>();
    ALLOWED.forEach(
        (name, allowed) ->
            allowed.powers().stream()
                .filter(p -> !used.getOrDefault(name, Set.of()).contains(p))
                .forEach(p -> stale.add(name + " " + p + " (" + allowed.reason() + ")")));
    assertThat(stale).as("allow-list entries no longer needed: remove them").isEmpty();
  }

  /**
   * One transaction, one office ({@code TenantContext.callAs} and {@code requireForData}): the data
   * layer binds entity managers only after asking the transaction, and nothing else binds one.
   */
  @Test
  void onlyOfficeDataBindsAnEntityManagerToAnOfficeAndItChecksTheTransaction() {
    ArchRule asksTheTransaction =
        classes()
            .that()
            .haveFullyQualifiedName("org.meridian.tenancy.persistence.OfficeData")
            .should()
            .callMethod("org.meridian.tenancy.TenantContext", "requireForData")
            .andShould()
            .callMethod(EntityManager.class, "setProperty", String.class, Object.class);
    ArchRule nobodyElseBinds =
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.meridian.tenancy.persistence.OfficeData")
            .should()
            .callMethod(EntityManager.class, "setProperty", String.class, Object.class)
            .because("OfficeData binds an entity manager to one office per transaction");
    asksTheTransaction.check(classes);
    nobodyElseBinds.check(classes);
  }

  @Test
  void theImportSeesEveryModule() {
    Set<String> modules = new TreeSet<>();
    classes.forEach(c -> modules.add(MeridianClasses.moduleOf(c.getPackageName())));
    assertThat(modules).contains("tenancy", "content", "workflow", "site", "api", "admin", "app");
  }

  private List<String> violations(Power power) {
    List<String> found = new ArrayList<>();
    uses()
        .forEach(
            (name, powers) -> {
              Allowed allowed = ALLOWED.get(name);
              if (powers.contains(power)
                  && (allowed == null || !allowed.powers().contains(power))) {
                found.add(name + " " + evidence(name, power));
              }
            });
    return found;
  }

  /** What each top-level class (nested classes count as their outer class) does, by power. */
  private Map<String, Set<Power>> uses() {
    Map<String, Set<Power>> uses = new TreeMap<>();
    for (JavaClass c : classes) {
      String name = topLevel(c);
      if (!evidence(c, EM).isEmpty()) {
        uses.computeIfAbsent(name, n -> EnumSet.noneOf(Power.class)).add(EM);
      }
      if (!evidence(c, SQL).isEmpty()) {
        uses.computeIfAbsent(name, n -> EnumSet.noneOf(Power.class)).add(SQL);
      }
    }
    return uses;
  }

  private List<String> evidence(String topLevelName, Power power) {
    List<String> found = new ArrayList<>();
    for (JavaClass c : classes) {
      if (topLevel(c).equals(topLevelName)) {
        found.addAll(evidence(c, power));
      }
    }
    return found;
  }

  private static List<String> evidence(JavaClass c, Power power) {
    List<String> found = new ArrayList<>();
    if (power == EM) {
      for (JavaField f : c.getFields()) {
        if (f.getRawType().isEquivalentTo(EntityManager.class)) {
          found.add("field " + f.getName());
        }
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        boolean takesOne =
            unit.getRawParameterTypes().stream()
                .anyMatch(t -> t.isEquivalentTo(EntityManager.class));
        boolean constructor = unit.getName().equals("<init>");
        boolean openDoor =
            unit.getModifiers().contains(JavaModifier.PUBLIC)
                || unit.getModifiers().contains(JavaModifier.PROTECTED);
        if (takesOne && (constructor || openDoor)) {
          found.add("takes an EntityManager in " + unit.getFullName());
        }
      }
    } else {
      c.getMethodCallsFromSelf().stream()
          .filter(call -> call.getName().equals("createNativeQuery"))
          .forEach(call -> found.add("native query at " + call.getSourceCodeLocation()));
      c.getDirectDependenciesFromSelf().stream()
          .filter(d -> JDBC.contains(d.getTargetClass().getName()))
          .forEach(d -> found.add("uses " + d.getTargetClass().getSimpleName()));
    }
    return found;
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int dollar = name.indexOf('$');
    return dollar < 0 ? name : name.substring(0, dollar);
  }
}
