package org.meridian.content.syndication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.ContentAddressChanged;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentItemChanged;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.LiveContentChanged;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The sharing office's side of syndication: share an item with offices (a sharing record and one
 * line per office, in one transaction; the copies are made in the background), withdraw it, retry
 * the offices that failed, and read the progress and the report. Copies follow the source by
 * themselves: when the source is published, taken offline or moved, the sharing's snapshot follows
 * in the same transaction and the fan-out brings every copy up to date.
 */
@ApplicationScoped
@Transactional
public class Sharing {

  public static final String SYSTEM = "system";

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;
  @Inject private OfficePermissions permissions;
  @Inject private Event<SyndicationChanged> changed;
  @Inject private Event<SyndicationWork> work;

  @Inject private Clock clock;

  /**
   * Shares item {@code itemId} of the current office as {@code request} asks. Sharing an item that
   * is shared already adds the offices it does not reach yet, on the same terms.
   *
   * @return the sharing's id
   * @throws SyndicationRefusedException when the rules refuse it (nothing is written)
   */
  public long share(long itemId, ShareRequest request, String actor) {
    OfficeRef office = tenant.require();
    EntityManager em = data.entityManager();
    ContentItem item = item(em, itemId);
    requireMayShare(office, actor);
    SyndicationRules.requireNotACopy(Copies.byItem(em, itemId).map(SharedCopy::sourceOfficeCode));
    Set<String> locked = SyndicationRules.requireLockable(item.type(), request.locked());
    List<SyndicationRules.Planned> plan =
        SyndicationRules.plan(office, request, offices.all(), item.language());
    Optional<Syndication> active = activeOf(em, itemId);
    Syndication sharing;
    List<SyndicationRules.Planned> added = new ArrayList<>(plan);
    if (active.isPresent()) {
      sharing = active.get();
      if (sharing.mandatory() != request.mandatory() || !sharing.locked().equals(locked)) {
        throw new SyndicationRefusedException(
            sharing.mandatory()
                ? Refusal.of(
                    "syndication.shared_already_mandatory_other_terms",
                    "This item is shared already as mandatory with other locked fields: offices"
                        + " can be added on the same terms; withdraw it first to share it on new"
                        + " terms.")
                : Refusal.of(
                    "syndication.shared_already_other_terms",
                    "This item is shared already with other locked fields: offices can be added"
                        + " on the same terms; withdraw it first to share it on new terms."));
      }
      Set<Long> reached = new HashSet<>();
      linesOf(em, sharing).forEach(l -> reached.add(l.targetOfficeId()));
      added.removeIf(p -> reached.contains(p.office().id()));
      if (added.isEmpty()) {
        throw new SyndicationRefusedException(
            Refusal.of(
                "syndication.shared_with_all_already",
                "This item is shared with every one of these offices already."));
      }
    } else {
      sharing =
          new Syndication(
              item, pathOf(office, item), snapshot(office, item), request, locked, actor);
      em.persist(sharing);
    }
    Instant now = clock.instant();
    for (SyndicationRules.Planned p : added) {
      em.persist(new SyndicationTarget(sharing, p.office().id(), p.state(), p.reason(), now));
    }
    em.flush();
    long skipped = added.stream().filter(p -> p.state() == TargetState.SKIPPED).count();
    changed.fire(
        new SyndicationChanged(
            office.code(),
            itemId,
            SyndicationChanged.What.SHARED,
            "shared with "
                + added.size()
                + " offices ("
                + describe(request)
                + (request.mandatory() ? ", mandatory" : "")
                + (skipped > 0 ? ", " + skipped + " skipped" : "")
                + ")",
            actor));
    work.fire(new SyndicationWork(sharing.getId()));
    return sharing.getId();
  }

  /**
   * Withdraws the item from every office at once: the sharing ends and the fan-out takes every copy
   * offline, marked withdrawn. Refused when it was withdrawn already.
   */
  public void withdraw(long itemId, String actor) {
    OfficeRef office = tenant.require();
    EntityManager em = data.entityManager();
    item(em, itemId);
    requireMayShare(office, actor);
    Syndication sharing =
        latestOf(em, itemId)
            .orElseThrow(
                () ->
                    new SyndicationRefusedException(
                        Refusal.of(
                            "syndication.not_shared", "This item is not shared with any office.")));
    withdraw(em, sharing, actor);
  }

  private void withdraw(EntityManager em, Syndication sharing, String actor) {
    Instant now = clock.instant();
    sharing.withdraw(actor, now);
    linesOf(em, sharing).forEach(line -> line.withdraw(now));
    em.flush();
    changed.fire(
        new SyndicationChanged(
            tenant.require().code(),
            sharing.sourceItemId(),
            SyndicationChanged.What.WITHDRAWN,
            "withdrawn from every office",
            actor));
    work.fire(new SyndicationWork(sharing.getId()));
  }

  /** Asks the fan-out to try again the offices where making the copy failed; how many. */
  public int retryFailed(long itemId, String actor) {
    OfficeRef office = tenant.require();
    EntityManager em = data.entityManager();
    item(em, itemId);
    requireMayShare(office, actor);
    Syndication sharing =
        activeOf(em, itemId)
            .orElseThrow(
                () ->
                    new SyndicationRefusedException(
                        Refusal.of(
                            "syndication.not_shared_now",
                            "This item is not shared at the moment.")));
    int retried = 0;
    for (SyndicationTarget line : linesOf(em, sharing)) {
      if (line.state() == TargetState.FAILED) {
        line.retry();
        retried++;
      }
    }
    if (retried > 0) {
      work.fire(new SyndicationWork(sharing.getId()));
    }
    return retried;
  }

  /** The latest sharing of the item, with its progress and report; empty when never shared. */
  public Optional<ShareProgress> progressOf(long itemId) {
    EntityManager em = data.entityManager();
    item(em, itemId);
    return latestOf(em, itemId).map(s -> progress(em, s));
  }

  /** Whether {@code actor} may share the current office's items (for screens). */
  public boolean mayShare(String actor) {
    try {
      requireMayShare(tenant.require(), actor);
      return true;
    } catch (SyndicationRefusedException refused) {
      return false;
    }
  }

  private ShareProgress progress(EntityManager em, Syndication s) {
    List<ShareProgress.Line> lines = new ArrayList<>();
    for (SyndicationTarget t : linesOf(em, s)) {
      OfficeRef target = offices.findById(t.targetOfficeId()).orElse(null);
      lines.add(
          new ShareProgress.Line(
              target == null ? "?" : target.code().value(),
              target == null ? "?" : target.name(target.defaultLanguage()),
              t.state(),
              t.reason(),
              t.copyItemId(),
              t.state() == TargetState.CARRIED && t.appliedGeneration() < s.generation(),
              t.finishedAt()));
    }
    lines.sort(java.util.Comparator.comparing(ShareProgress.Line::officeCode));
    return new ShareProgress(
        s.getId(),
        s.isWithdrawn(),
        s.audience(),
        s.audienceDetail(),
        s.mandatory(),
        new ArrayList<>(s.locked().stream().map(n -> SharedFields.label(s.type(), n)).toList()),
        s.sharedBy(),
        s.sharedAt(),
        s.withdrawnBy(),
        s.withdrawnAt(),
        s.sourceRevision(),
        lines);
  }

  /** The source was published or taken offline: the sharing's snapshot follows, copies with it. */
  void onLiveChanged(@Observes LiveContentChanged change) {
    follow(change.office(), change.itemId(), change.actor());
  }

  /** The source moved: the copies' canonical links follow. */
  void onAddressChanged(@Observes ContentAddressChanged change) {
    follow(change.office(), change.itemId(), change.actor());
  }

  /**
   * A source moved to the trash or deleted is withdrawn everywhere; a copy deleted for good forgets
   * that it was one.
   */
  void onItemChanged(@Observes ContentItemChanged change) {
    if (change.change() != ContentItemChanged.Change.TRASHED
        && change.change() != ContentItemChanged.Change.PURGING) {
      return;
    }
    OfficeRef office = tenant.current().orElse(null);
    if (office == null || !office.code().equals(change.office())) {
      return;
    }
    EntityManager em = data.entityManager();
    activeOf(em, change.itemId()).ifPresent(s -> withdraw(em, s, change.actor()));
    if (change.change() == ContentItemChanged.Change.PURGING) {
      Copies.byItem(em, change.itemId()).ifPresent(em::remove);
      em.flush();
    }
  }

  private void follow(org.meridian.tenancy.office.OfficeCode code, long itemId, String actor) {
    OfficeRef office = tenant.current().orElse(null);
    if (office == null || !office.code().equals(code)) {
      return;
    }
    EntityManager em = data.entityManager();
    Optional<Syndication> active = activeOf(em, itemId);
    if (active.isEmpty()) {
      return;
    }
    ContentItem item = em.find(ContentItem.class, itemId);
    active.get().follow(item, pathOf(office, item), snapshot(office, item), actor);
    work.fire(new SyndicationWork(active.get().getId()));
  }

  /** What copies inherit: the live revision (the latest while never published). */
  private static SharedFields snapshot(OfficeRef office, ContentItem item) {
    SharedFields fields =
        SharedFields.of(item.isLive() ? item.liveRevision() : item.latestRevision());
    // A regional office's own library is not other offices' to use: only HQ's is shared.
    return office.type() == OfficeType.HQ ? fields : fields.withoutImages();
  }

  private static String pathOf(OfficeRef office, ContentItem item) {
    return "/"
        + office.code().value()
        + "/"
        + item.language().value()
        + "/"
        + String.join("/", item.path());
  }

  private void requireMayShare(OfficeRef office, String actor) {
    SyndicationRules.requireMayShare(
        office, SYSTEM.equals(actor) || permissions.may(actor, office, OfficeAction.SHARE));
  }

  private static String describe(ShareRequest request) {
    return switch (request.audience()) {
      case ALL -> "all offices";
      case REGION -> "region " + request.region();
      case CHOSEN -> String.join(", ", request.offices());
    };
  }

  private static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null || item.isTrashed()) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  private static Optional<Syndication> activeOf(EntityManager em, long itemId) {
    return latestOf(em, itemId).filter(s -> !s.isWithdrawn());
  }

  private static Optional<Syndication> latestOf(EntityManager em, long itemId) {
    return em.createQuery(
            "select s from Syndication s where s.sourceItemId = :item order by s.id desc",
            Syndication.class)
        .setParameter("item", itemId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private static List<SyndicationTarget> linesOf(EntityManager em, Syndication sharing) {
    return em.createQuery(
            "select t from SyndicationTarget t where t.syndication = :s order by t.id",
            SyndicationTarget.class)
        .setParameter("s", sharing)
        .getResultList();
  }
}
