package org.meridian.tenancy.office;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.routing.OfficeRouter;

/**
 * The network's offices. Every request looks its office up, so the directory keeps a snapshot in
 * memory and rebuilds it whenever an office is created or changed through it.
 */
@ApplicationScoped
public class OfficeDirectory {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private Event<OfficeChanged> changed;

  @Inject private OfficePermissions permissions;
  @Inject private SiteThemes themes;
  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  private volatile Snapshot snapshot;

  /**
   * Counts the times the snapshot was forgotten. A snapshot read while an office change commits may
   * hold the offices as they were; it is kept only if nothing was forgotten while it was read.
   */
  private long forgotten;

  private final Object snapshotLock = new Object();

  /** The mark, in a transaction's resources, of a transaction that changed an office. */
  private static final String CHANGED_HERE = OfficeDirectory.class.getName() + ".changed";

  /**
   * The offices as read at one moment, with what every request asks of them worked out once: the
   * list in order, and each office's first host name (public pages link to every office of the
   * network, and sorting or searching on each request grew with the network's size).
   */
  private record Snapshot(
      Map<String, OfficeRef> byCode,
      Map<String, String> codeByHost,
      List<OfficeRef> all,
      Map<String, String> firstHostByCode) {

    static Snapshot of(Map<String, OfficeRef> byCode, Map<String, String> codeByHost) {
      List<OfficeRef> all =
          byCode.values().stream()
              .sorted(
                  Comparator.comparing((OfficeRef o) -> o.type().ordinal())
                      .thenComparing(o -> o.code().value()))
              .toList();
      Map<String, String> firstHost = new java.util.HashMap<>();
      codeByHost.forEach(
          (host, code) -> firstHost.merge(code, host, (a, b) -> a.compareTo(b) <= 0 ? a : b));
      return new Snapshot(Map.copyOf(byCode), Map.copyOf(codeByHost), all, Map.copyOf(firstHost));
    }
  }

  /**
   * All offices, HQ first, then by code. The same list is answered until an office changes, so a
   * caller may keep what it works out from it as long as it is handed the same list.
   */
  public List<OfficeRef> all() {
    return snapshot().all();
  }

  public Optional<OfficeRef> find(OfficeCode code) {
    return Optional.ofNullable(snapshot().byCode.get(code.value()));
  }

  public Optional<OfficeRef> findById(long id) {
    return snapshot().byCode.values().stream().filter(o -> o.id() == id).findFirst();
  }

  public Optional<OfficeCode> findByHostName(String hostName) {
    return Optional.ofNullable(snapshot().codeByHost.get(hostName)).map(OfficeCode::new);
  }

  /**
   * The host name an office's public site is addressed by, when it has any: the first of its host
   * names in alphabetical order, so that every node names the same one.
   */
  public Optional<String> hostNameOf(OfficeCode code) {
    return Optional.ofNullable(snapshot().firstHostByCode.get(code.value()));
  }

  /** Routes public requests against the current offices. */
  public OfficeRouter router() {
    return new OfficeRouter(this::findByHostName, code -> find(code).isPresent());
  }

  public boolean isEmpty() {
    return snapshot().byCode.isEmpty();
  }

  /** Registers a new office; its code and host names must be free. */
  @Transactional
  public OfficeRef create(Office office, String actor) {
    if (find(office.code()).isPresent()) {
      throw new RefusedArgumentException(
          Refusal.of("office.code_0_exists", "An office with code '{0}' exists", office.code()));
    }
    for (String host : office.hostNames()) {
      findByHostName(host)
          .ifPresent(
              owner -> {
                throw new RefusedArgumentException(
                    Refusal.of(
                        "office.host_0_belongs_to_1",
                        "The host name {0} already belongs to the office '{1}'",
                        host,
                        owner));
              });
    }
    entityManager.persist(office);
    entityManager.flush();
    forgetSnapshotAfterTransaction();
    changed.fire(new OfficeChanged(office.ref(), OfficeChanged.Change.CREATED, null, actor));
    return office.ref();
  }

  /** The managed entity, for changes inside the caller's transaction. */
  public Office load(OfficeCode code) {
    return entityManager
        .createQuery("select o from Office o where o.code = :code", Office.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No office '" + code + "'"));
  }

  /** Takes an office's site down for maintenance. */
  @Transactional
  public OfficeRef suspend(OfficeCode code, String actor) {
    return change(code, Office::suspend, OfficeChanged.Change.SUSPENDED, actor);
  }

  /** Brings a suspended or archived office back. */
  @Transactional
  public OfficeRef reactivate(OfficeCode code, String actor) {
    return change(code, Office::reactivate, OfficeChanged.Change.REACTIVATED, actor);
  }

  /** Archives an office: read-only and hidden. */
  @Transactional
  public OfficeRef archive(OfficeCode code, String actor) {
    return change(code, Office::archive, OfficeChanged.Change.ARCHIVED, actor);
  }

  /**
   * Changes what an office says about itself publicly, for its administrators, its region's
   * administrators (when delegated) and HQ administrators. Nothing changes if a part is refused.
   */
  @Transactional
  public OfficeRef updateProfile(OfficeCode code, OfficeProfile profile, String actor) {
    requireMayChangeSettings(code, actor);
    return change(code, profile::applyTo, OfficeChanged.Change.PROFILE_CHANGED, actor);
  }

  /**
   * Changes how an office's site looks (colours, banner, theme variant, taglines), for those who
   * may change its settings. The variant must be installed on this server; nothing changes if a
   * part is refused. The banner's file is checked by the caller against the office's library.
   */
  @Transactional
  public OfficeRef rebrand(OfficeCode code, OfficeBranding branding, String actor) {
    requireMayChangeSettings(code, actor);
    themes.requireExists(branding.variant());
    return change(
        code, office -> office.brand(branding), OfficeChanged.Change.PROFILE_CHANGED, actor);
  }

  /**
   * Refuses {@code actor} the settings of the office {@code code} unless the permission rule lets
   * them change them.
   */
  public void requireMayChangeSettings(OfficeCode code, String actor) {
    OfficeRef office =
        find(code).orElseThrow(() -> new IllegalArgumentException("No office '" + code + "'"));
    if (!permissions.may(actor, office, OfficeAction.CHANGE_SETTINGS)) {
      throw new OfficeSettingsRefusedException(
          Refusal.of(
              "office.settings_admins_of_0_only",
              "Only the administrators of {0}, of its region and HQ administrators change its"
                  + " settings.",
              code));
    }
  }

  /**
   * Turns a region's delegated administration on or off (HQ administrators only): whether the
   * regional office's administrators administer the country offices of its region.
   */
  @Transactional
  public OfficeRef delegateRegion(OfficeCode code, boolean delegate, String actor) {
    if (!permissions.mayInNetwork(actor, NetworkAction.MANAGE_OFFICES)) {
      throw new OfficeSettingsRefusedException(
          Refusal.of(
              "office.delegation_hq_admins_only",
              "Only HQ administrators decide whether a region is administered by its regional"
                  + " office."));
    }
    return change(
        code,
        office -> office.delegateAdministration(delegate),
        OfficeChanged.Change.DELEGATION_CHANGED,
        actor);
  }

  /** Moves an office to {@code status} through the office's own lifecycle rules. */
  @Transactional
  public OfficeRef changeStatus(OfficeCode code, OfficeStatus status, String actor) {
    return switch (java.util.Objects.requireNonNull(status, "status")) {
      case ACTIVE -> reactivate(code, actor);
      case SUSPENDED -> suspend(code, actor);
      case ARCHIVED -> archive(code, actor);
    };
  }

  private OfficeRef change(
      OfficeCode code,
      java.util.function.Consumer<Office> change,
      OfficeChanged.Change what,
      String actor) {
    Office office = load(code);
    OfficeStatus before = office.status();
    change.accept(office);
    entityManager.flush();
    forgetSnapshotAfterTransaction();
    changed.fire(new OfficeChanged(office.ref(), what, before, actor));
    return office.ref();
  }

  /**
   * The snapshot may have been read inside this transaction: forget it once the transaction has
   * ended, committed or rolled back, so that no uncommitted office is ever routed to.
   */
  private void forgetSnapshotAfterTransaction() {
    forget();
    transactions.putResource(CHANGED_HERE, Boolean.TRUE);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            forget();
          }
        });
  }

  /** Whether the current transaction created or changed an office through the directory. */
  private boolean changedInThisTransaction() {
    int status = transactions.getTransactionStatus();
    return (status == jakarta.transaction.Status.STATUS_ACTIVE
            || status == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK)
        && transactions.getResource(CHANGED_HERE) != null;
  }

  /** Forgets the snapshot, e.g. after an office was changed. */
  public void refresh() {
    forget();
  }

  private void forget() {
    synchronized (snapshotLock) {
      forgotten++;
      snapshot = null;
    }
  }

  private Snapshot snapshot() {
    if (changedInThisTransaction()) {
      // Not the shared snapshot: another request may have read it again since this transaction
      // created or changed an office, without that change (an archive import creating an office
      // and then setting its profile found "No office" so, while the command line polled).
      return read();
    }
    Snapshot current = snapshot;
    if (current == null) {
      long seen;
      synchronized (snapshotLock) {
        seen = forgotten;
      }
      // In a transaction (the caller's, else one of its own): outside one, threads reading at the
      // same time closed each other's entity manager (InTransaction says why).
      current = reads.call(this::read);
      synchronized (snapshotLock) {
        if (forgotten == seen) {
          snapshot = current;
        }
      }
    }
    return current;
  }

  private Snapshot read() {
    Map<String, OfficeRef> byCode = new LinkedHashMap<>();
    Map<String, String> byHost = new LinkedHashMap<>();
    for (Office office :
        entityManager.createQuery("select o from Office o", Office.class).getResultList()) {
      byCode.put(office.code().value(), office.ref());
      office.hostNames().forEach(host -> byHost.put(host, office.code().value()));
    }
    return Snapshot.of(byCode, byHost);
  }
}
