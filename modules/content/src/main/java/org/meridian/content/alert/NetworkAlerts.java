package org.meridian.content.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * Issues, withdraws and lists network alerts for the people {@link AlertRules} allows. Alerts are
 * network-level data, read and written through the plain persistence unit, never an office's.
 */
@ApplicationScoped
public class NetworkAlerts {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private OfficeDirectory offices;
  @Inject private AccountDirectory accounts;
  @Inject private Event<AlertChanged> changes;

  @Inject private Clock clock;

  /**
   * Stores an alert for its audience, as its issuer's office (HQ for HQ administrators, else the
   * region).
   *
   * @throws org.meridian.content.fields.InvalidFieldsException when a field is wrong
   * @throws AlertRefusedException when the person may not alert that audience
   */
  @Transactional
  public AlertLine issue(String actor, AlertDraft draft) {
    Instant now = clock.instant();
    OfficeRef audience = audience(draft.audience());
    AlertRules rules = AlertRules.of(accounts.officesOf(actor));
    rules
        .refusal(audience)
        .ifPresent(
            r -> {
              throw new AlertRefusedException(r);
            });
    AlertDraft checked = draft.checked(now);
    OfficeRef issuer = rules.isHqAdmin() ? hq() : audience;
    NetworkAlert alert =
        new NetworkAlert(
            issuer.id(), audience == null ? null : audience.id(), checked, actor.toLowerCase());
    entityManager.persist(alert);
    entityManager.flush();
    changes.fire(
        new AlertChanged(
            alert.getId(),
            issuer,
            actor,
            AlertChanged.Change.ISSUED,
            "alert " + alert.getId() + " for " + audienceName(audience)));
    return line(alert, codesById(), now);
  }

  /**
   * Takes an alert off every site at once.
   *
   * @throws AlertRefusedException when there is no such alert, it was withdrawn or has ended, or
   *     the person may not alert its audience
   */
  @Transactional
  public AlertLine withdraw(String actor, long alertId) {
    Instant now = clock.instant();
    NetworkAlert alert =
        Optional.ofNullable(
                entityManager.find(NetworkAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(
                () ->
                    new AlertRefusedException(
                        Refusal.of("alert.no_alert_0", "There is no alert {0}", alertId)));
    OfficeRef audience =
        alert.audienceOfficeId() == null
            ? null
            : offices.findById(alert.audienceOfficeId()).orElseThrow();
    AlertRules.of(accounts.officesOf(actor))
        .refusal(audience)
        .ifPresent(
            r -> {
              throw new AlertRefusedException(r);
            });
    switch (AlertStatus.of(alert, now)) {
      case WITHDRAWN ->
          throw new AlertRefusedException(
              Refusal.of(
                  "alert.already_withdrawn_by_0",
                  "This alert was already withdrawn by {0}",
                  alert.withdrawnBy()));
      case ENDED ->
          throw new AlertRefusedException(
              Refusal.of("alert.already_ended", "This alert has already ended"));
      default -> alert.withdraw(actor.toLowerCase(), now);
    }
    OfficeRef issuer = offices.findById(alert.issuingOfficeId()).orElseThrow();
    changes.fire(
        new AlertChanged(
            alert.getId(),
            issuer,
            actor,
            AlertChanged.Change.WITHDRAWN,
            "alert " + alert.getId() + " for " + audienceName(audience)));
    return line(alert, codesById(), now);
  }

  /** The alerts the person may manage, newest first: all for HQ, their regions' otherwise. */
  @Transactional
  public List<AlertLine> list(String actor, int limit) {
    AlertRules rules = AlertRules.of(accounts.officesOf(actor));
    if (!rules.mayIssueAny()) {
      return List.of();
    }
    Instant now = clock.instant();
    Map<Long, String> codes = codesById();
    List<Long> regions = rules.ownRegions().stream().map(OfficeRef::id).toList();
    return entityManager
        .createQuery("select a from NetworkAlert a order by a.id desc", NetworkAlert.class)
        .setMaxResults(rules.isHqAdmin() ? limit : limit * 10)
        .getResultStream()
        .filter(a -> rules.isHqAdmin() || regions.contains(a.audienceOfficeId()))
        .limit(limit)
        .map(a -> line(a, codes, now))
        .toList();
  }

  /** The audiences the person may choose: the network (as {@code null}) and/or regions. */
  public List<OfficeRef> regionsFor(String actor) {
    AlertRules rules = AlertRules.of(accounts.officesOf(actor));
    if (rules.isHqAdmin()) {
      return offices.all().stream().filter(o -> o.type() == OfficeType.REGIONAL).toList();
    }
    return rules.ownRegions();
  }

  public boolean mayIssueAny(String actor) {
    return AlertRules.of(accounts.officesOf(actor)).mayIssueAny();
  }

  public boolean mayAlertNetwork(String actor) {
    return AlertRules.of(accounts.officesOf(actor)).isHqAdmin();
  }

  private OfficeRef audience(String code) {
    if (code == null) {
      return null;
    }
    return OfficeCode.parse(code)
        .flatMap(offices::find)
        .orElseThrow(
            () ->
                new AlertRefusedException(
                    Refusal.of("alert.no_office_0", "There is no office '{0}'", code)));
  }

  private OfficeRef hq() {
    return offices.all().stream()
        .filter(o -> o.type() == OfficeType.HQ)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The network has no HQ"));
  }

  private static String audienceName(OfficeRef audience) {
    return audience == null ? "the whole network" : "region " + audience.code();
  }

  private Map<Long, String> codesById() {
    return offices.all().stream()
        .collect(Collectors.toMap(OfficeRef::id, o -> o.code().value(), (a, b) -> a));
  }

  private static AlertLine line(NetworkAlert a, Map<Long, String> codes, Instant now) {
    Function<Long, String> code = id -> id == null ? "" : codes.getOrDefault(id, "?");
    return new AlertLine(
        a.getId(),
        code.apply(a.audienceOfficeId()),
        a.startsAt(),
        a.endsAt(),
        a.link(),
        a.messages(),
        a.issuedBy(),
        AlertStatus.of(a, now),
        a.withdrawnBy());
  }
}
