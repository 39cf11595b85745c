package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ItemPathChanged;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.PublicPagesChanged;
import org.meridian.content.taxonomy.TaxonomyChanged;
import org.meridian.tenancy.office.OfficeChanged;

/**
 * The generation of each office's public pages, kept in the database ({@code site_generation}) so
 * that every server sees it: bumped in the transaction of every change that drops the office's
 * pages (so a change and its bump commit together), read by {@link CacheSync}. {@code ""} stands
 * for the network's own pages, {@code "*"} for every office's, {@code "!alerts"} for the network
 * alerts.
 */
@ApplicationScoped
public class CacheGenerations {

  static final String NETWORK = "";
  static final String EVERY_OFFICE = "*";

  /** The network alerts' generation: an alert issued or withdrawn. */
  static final String ALERTS = "!alerts";

  private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

  /**
   * The PostgreSQL channel on which a committed bump is announced to every server, so that they
   * look at once rather than at their next period (CacheSync#lookNow).
   */
  public static final String CHANNEL = "meridian_site_generation";

  /** Whether bumps are announced on {@link #CHANNEL} (PostgreSQL, when a server listens). */
  private volatile boolean announced;

  /** Not office data: the network-wide unit, so that network-level changes (themes) count too. */
  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  void onLiveContentChanged(@Observes LiveContentChanged change) {
    bump(change.office().value());
  }

  void onItemPathChanged(@Observes ItemPathChanged change) {
    bump(change.office().value());
  }

  void onPublicPagesChanged(@Observes PublicPagesChanged change) {
    bump(change.office().value());
  }

  void onMenuChanged(@Observes org.meridian.content.menu.MenuChanged change) {
    bump(change.office().value());
  }

  void onTaxonomyChanged(@Observes TaxonomyChanged change) {
    bump(change.everyOffice() ? EVERY_OFFICE : change.office().value());
  }

  void onAlertChanged(@Observes org.meridian.content.alert.AlertChanged change) {
    bump(ALERTS);
  }

  void onOfficeChanged(@Observes OfficeChanged change) {
    bump(change.office().code().value());
    bump(NETWORK);
  }

  /**
   * From now on, every bump also announces itself on {@link #CHANNEL} ({@code NOTIFY}, sent by
   * PostgreSQL when the bump's transaction commits, once per transaction).
   */
  public void announceBumps() {
    announced = true;
  }

  /** Every generation by office code. */
  @Transactional
  public Map<String, Long> all() {
    List<?> rows =
        em().createNativeQuery("select office_code, generation from site_generation")
            .setHint(NATIVE, true)
            .getResultList();
    Map<String, Long> generations = new HashMap<>();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      generations.put((String) cells[0], ((Number) cells[1]).longValue());
    }
    return generations;
  }

  private void bump(String office) {
    if (!em().isJoinedToTransaction()) {
      // Every change is made in a transaction; an event without one changed nothing stored.
      return;
    }
    int updated =
        em().createNativeQuery(
                "update site_generation set generation = generation + 1 where office_code = ?1")
            .setHint(NATIVE, true)
            .setParameter(1, office)
            .executeUpdate();
    if (updated == 0) {
      // The first change of an office: offices are created one at a time, so no other
      // transaction inserts the same row now.
      em().createNativeQuery("insert into site_generation (office_code, generation) values (?1, 1)")
          .setHint(NATIVE, true)
          .setParameter(1, office)
          .executeUpdate();
    }
    if (announced) {
      em().createNativeQuery("notify " + CHANNEL).setHint(NATIVE, true).executeUpdate();
    }
  }

  private EntityManager em() {
    return entityManager;
  }
}
