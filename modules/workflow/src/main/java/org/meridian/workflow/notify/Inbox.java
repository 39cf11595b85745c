package org.meridian.workflow.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.Account;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.PermissionRule;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * A person's notifications in the current office: only their own (every query names the recipient),
 * only of this office (the data layer filters by it), and only while they work in it (checked
 * against their memberships as they are now, on every call).
 */
@ApplicationScoped
public class Inbox {

  /** The most notifications shown on one page. */
  public static final int MAX_PAGE_SIZE = 100;

  @Inject private OfficeData data;
  @Inject private Clock clock;
  @Inject private TenantContext tenant;
  @Inject private AccountDirectory accounts;

  /** One page of {@code person}'s notifications, newest first ({@code page} counts from 0). */
  @Transactional
  public InboxPage mine(String person, int page, int size) {
    String me = requireWorksHere(person);
    int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
    int pageNumber = Math.max(0, page);
    var em = data.entityManager();
    long total =
        em.createQuery("select count(n) from Notification n where n.recipient = :me", Long.class)
            .setParameter("me", me)
            .getSingleResult();
    List<NotificationView> items =
        em.createQuery(
                "select n from Notification n where n.recipient = :me"
                    + " order by n.createdAt desc, n.id desc",
                Notification.class)
            .setParameter("me", me)
            .setFirstResult(pageNumber * pageSize)
            .setMaxResults(pageSize)
            .getResultStream()
            .map(NotificationView::of)
            .toList();
    return new InboxPage(items, pageNumber, pageSize, total, countUnread(me));
  }

  /** How many of {@code person}'s notifications in this office are unread. */
  @Transactional
  public long unread(String person) {
    return countUnread(requireWorksHere(person));
  }

  /**
   * Marks one of {@code person}'s notifications read; false when it is not theirs (or not here).
   */
  @Transactional
  public boolean markRead(String person, long notificationId) {
    String me = requireWorksHere(person);
    Instant now = clock.instant();
    return data.entityManager()
            .createQuery(
                "update Notification n set n.readAt = :now, n.modifiedAt = :now,"
                    + " n.version = n.version + 1"
                    + " where n.id = :id and n.recipient = :me and n.readAt is null")
            .setParameter("now", now)
            .setParameter("id", notificationId)
            .setParameter("me", me)
            .executeUpdate()
        == 1;
  }

  /** Marks all of {@code person}'s notifications in this office read; returns how many. */
  @Transactional
  public int markAllRead(String person) {
    String me = requireWorksHere(person);
    Instant now = clock.instant();
    return data.entityManager()
        .createQuery(
            "update Notification n set n.readAt = :now, n.modifiedAt = :now,"
                + " n.version = n.version + 1"
                + " where n.recipient = :me and n.readAt is null")
        .setParameter("now", now)
        .setParameter("me", me)
        .executeUpdate();
  }

  private long countUnread(String me) {
    return data.entityManager()
        .createQuery(
            "select count(n) from Notification n where n.recipient = :me and n.readAt is null",
            Long.class)
        .setParameter("me", me)
        .getSingleResult();
  }

  private String requireWorksHere(String person) {
    OfficeRef office = tenant.require();
    String me = Account.normaliseEmail(person);
    if (!worksIn(accounts.officesOf(me), office)) {
      throw new InboxRefusedException(
          "You do not work in " + office.code().value() + ": its notifications are not yours.");
    }
    return me;
  }

  /** Whether someone with these memberships works in {@code office} now. */
  static boolean worksIn(List<OfficeRole> memberships, OfficeRef office) {
    return PermissionRule.decide(memberships, office, OfficeAction.WORK_IN);
  }
}
