package org.meridian.workflow.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.meridian.content.EditorQueries;
import org.meridian.content.health.ContentHealth;
import org.meridian.content.health.ContentHealthReport;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.Regions;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficePeople;
import org.meridian.tenancy.people.PersonInOffice;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.workflow.network.internal.OfficeTransaction;
import org.meridian.workflow.review.ReviewQueues;

/**
 * The health of every office's site (see docs/network.md): a row per office for HQ, read through
 * {@link AcrossOffices} so every look is in the audit trail, and one office in detail for its own
 * administrators.
 */
@ApplicationScoped
public class NetworkHealth {

  static final String PURPOSE = "network overview: the health of every office's site";
  static final String PURPOSE_ONE = "network health: one office in detail";

  /** People who have not signed in for this long count as dormant. */
  public static final Duration DORMANT_AFTER = Duration.ofDays(90);

  /** How many cases of each kind the detailed view lists. */
  static final int SHOWN = 25;

  @Inject private AcrossOffices acrossOffices;
  @Inject private Clock clock;
  @Inject private EditorQueries content;
  @Inject private ContentHealth checks;
  @Inject private ReviewQueues queues;
  @Inject private OfficePeople people;
  @Inject private OfficeDirectory offices;
  @Inject private AccountDirectory accounts;
  @Inject private OfficePermissions permissions;
  @Inject private TenantContext tenant;
  @Inject private OfficeTransaction transaction;
  @Inject private HealthOfEveryOffice everyOffice;

  /**
   * A row per office, HQ first; {@code actor} must be an HQ administrator. The figures of every
   * office come from a few statements grouped by office ({@link AcrossOffices#readGrouped}, {@link
   * HealthOfEveryOffice}), checked by the same rules as {@link #ofOffice}: the same figures,
   * without a transaction and ten queries per office.
   */
  public List<OfficeHealth> overview(String actor) {
    Instant now = clock.instant();
    return acrossOffices.readGrouped(PURPOSE, actor, read -> everyOffice.rows(actor, read, now));
  }

  /**
   * The rows of {@code region} (a regional office's code; blank: every office), sorted by {@code
   * column}.
   */
  public List<OfficeHealth> overview(String actor, String region, HealthColumn column) {
    return overview(actor).stream()
        .filter(row -> region == null || region.isBlank() || region.equals(row.region()))
        .sorted(column.order())
        .toList();
  }

  /**
   * One office in detail, for someone who manages its people: its own administrators, or an HQ
   * administrator (audited as a read across offices).
   *
   * @throws HealthRefusedException for anyone else, and for an office that does not exist
   */
  public OfficeHealthDetail ofOffice(String actor, OfficeCode code) {
    OfficeRef office =
        offices
            .find(code)
            .orElseThrow(
                () ->
                    new HealthRefusedException(
                        Refusal.of("health.no_such_office", "No such office")));
    boolean refused = accounts.grantRulesFor(actor).refusalToManage(office).isPresent();
    if (refused) {
      throw new HealthRefusedException(
          Refusal.of(
              "health.admins_only",
              "Only the office's administrators and HQ administrators see its health"));
    }
    Instant now = clock.instant();
    if (permissions.may(actor, office, OfficeAction.WORK_IN)) {
      return tenant.callAs(office, () -> transaction.call(() -> detail(actor, office, now)));
    }
    return acrossOffices.readOne(PURPOSE_ONE, actor, office, o -> detail(actor, o, now));
  }

  /** The regional offices, for the dashboard's filter. */
  public List<OfficeRef> regions() {
    return offices.all().stream().filter(o -> o.type() == OfficeType.REGIONAL).toList();
  }

  /** Runs as {@code office}, in its transaction. */
  private OfficeHealthDetail detail(String actor, OfficeRef office, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, office.timeZone());
    ContentHealthReport report = checks.check(office, today, SHOWN);
    List<PersonInOffice> dormant = people.dormant(actor, office.code(), now.minus(DORMANT_AFTER));
    String region = Regions.of(office, offices::find).map(OfficeCode::value).orElse("");
    OfficeHealth row =
        OfficeHealth.of(office, region, content.counts(), report, queues.backlog(), dormant.size());
    return new OfficeHealthDetail(row, report, queues.inReview(SHOWN), dormant);
  }
}
