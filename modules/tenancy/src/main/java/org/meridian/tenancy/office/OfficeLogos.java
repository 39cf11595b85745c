package org.meridian.tenancy.office;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Offices' logos: replaced or removed by those who may change the office's settings, read by the
 * public site. Logos are small and read on every page, so they are kept in memory once read; a
 * change forgets them.
 */
@ApplicationScoped
public class OfficeLogos {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  @Inject private OfficeDirectory offices;
  @Inject private Event<OfficeChanged> changed;
  @Inject private org.meridian.tenancy.persistence.InTransaction reads;

  private final Map<String, Optional<LogoImage>> cache = new ConcurrentHashMap<>();

  /**
   * The office's logo, if it has one. Read in a transaction: pages ask for it outside theirs,
   * several at once (InTransaction says why that matters).
   */
  public Optional<LogoImage> find(OfficeCode code) {
    return cache.computeIfAbsent(
        code.value(), c -> reads.call(() -> load(code).map(OfficeLogo::image)));
  }

  @Transactional
  public void replace(OfficeCode code, LogoImage image, String actor) {
    offices.requireMayChangeSettings(code, actor);
    Office office = offices.load(code);
    load(code)
        .ifPresentOrElse(
            logo -> logo.replace(image),
            () -> entityManager.persist(new OfficeLogo(office, image)));
    entityManager.flush();
    changedBy(office, actor);
  }

  @Transactional
  public void remove(OfficeCode code, String actor) {
    offices.requireMayChangeSettings(code, actor);
    Office office = offices.load(code);
    OfficeLogo logo =
        load(code).orElseThrow(() -> new IllegalStateException("The office has no logo to remove"));
    entityManager.remove(logo);
    entityManager.flush();
    changedBy(office, actor);
  }

  private void changedBy(Office office, String actor) {
    cache.remove(office.code().value());
    changed.fire(
        new OfficeChanged(
            office.ref(), OfficeChanged.Change.PROFILE_CHANGED, office.status(), actor));
  }

  private Optional<OfficeLogo> load(OfficeCode code) {
    return entityManager
        .createQuery("select l from OfficeLogo l where l.office.code = :code", OfficeLogo.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  /** Forgets {@code code}'s logo, changed on another server: read again when next shown. */
  public void forget(OfficeCode code) {
    cache.remove(code.value());
  }

  /** Forgets logos read before a change made elsewhere. */
  void onOfficeChanged(
      @jakarta.enterprise.event.Observes(
              during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION)
          OfficeChanged change) {
    cache.remove(change.office().code().value());
  }
}
