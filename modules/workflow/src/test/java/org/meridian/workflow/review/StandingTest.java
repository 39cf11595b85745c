package org.meridian.workflow.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

class StandingTest {

  private static OfficeRef office(long id, String code, OfficeType type, OfficeStatus status) {
    return new OfficeRef(
        id,
        new OfficeCode(code),
        type,
        status,
        new LanguageTag("en"),
        List.of(new LanguageTag("en")),
        ZoneId.of("UTC"),
        Map.of(),
        null,
        null,
        null,
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private final OfficeRef hq = office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE);
  private final OfficeRef gambia = office(2, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private final OfficeRef senegal = office(3, "senegal", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private final OfficeRef mali = office(4, "mali", OfficeType.COUNTRY, OfficeStatus.SUSPENDED);

  @Test
  void theRoleInTheItemsOfficeCounts() {
    assertThat(Standing.in(gambia, List.of(new OfficeRole(gambia, Role.EDITOR))))
        .isEqualTo(Standing.EDITOR);
    assertThat(Standing.in(gambia, List.of(new OfficeRole(gambia, Role.PUBLISHER))))
        .isEqualTo(Standing.REVIEWER);
    assertThat(Standing.in(gambia, List.of(new OfficeRole(gambia, Role.OFFICE_ADMIN))))
        .isEqualTo(Standing.REVIEWER);
  }

  @Test
  void aRoleInAnotherOfficeGivesNothingHere() {
    assertThat(Standing.in(gambia, List.of(new OfficeRole(senegal, Role.OFFICE_ADMIN))))
        .isEqualTo(Standing.OUTSIDER);
    assertThat(Standing.in(gambia, List.of())).isEqualTo(Standing.OUTSIDER);
  }

  @Test
  void hqAdministratorsReviewEverywhereButHqEditorsOnlyWhereTheyAreMembers() {
    assertThat(Standing.in(gambia, List.of(new OfficeRole(hq, Role.HQ_ADMIN))))
        .isEqualTo(Standing.REVIEWER);
    assertThat(Standing.in(gambia, List.of(new OfficeRole(hq, Role.HQ_EDITOR))))
        .isEqualTo(Standing.OUTSIDER);
    assertThat(Standing.in(hq, List.of(new OfficeRole(hq, Role.HQ_EDITOR))))
        .isEqualTo(Standing.EDITOR);
  }

  @Test
  void nobodyWorksInASuspendedOffice() {
    assertThat(Standing.in(mali, List.of(new OfficeRole(mali, Role.OFFICE_ADMIN))))
        .isEqualTo(Standing.OUTSIDER);
  }

  @Test
  void theHighestStandingWins() {
    assertThat(
            Standing.in(
                gambia,
                List.of(new OfficeRole(gambia, Role.EDITOR), new OfficeRole(hq, Role.HQ_ADMIN))))
        .isEqualTo(Standing.REVIEWER);
  }
}
