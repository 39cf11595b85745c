package org.meridian.content.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

class AlertRulesTest {

  static OfficeRef office(long id, String code, OfficeType type, OfficeStatus status) {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        id,
        new OfficeCode(code),
        type,
        status,
        en,
        List.of(en),
        ZoneId.of("UTC"),
        Map.of(),
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private final OfficeRef hq = office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE);
  private final OfficeRef westAfrica =
      office(2, "west-africa", OfficeType.REGIONAL, OfficeStatus.ACTIVE);
  private final OfficeRef eastAfrica =
      office(3, "east-africa", OfficeType.REGIONAL, OfficeStatus.ACTIVE);
  private final OfficeRef gambia = office(4, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE);

  @Test
  void hqAdministratorsAlertTheNetworkAndAnyRegionButNotOneCountry() {
    AlertRules rules = AlertRules.of(List.of(new OfficeRole(hq, Role.HQ_ADMIN)));

    assertThat(rules.refusal(null)).isEmpty();
    assertThat(rules.refusal(westAfrica)).isEmpty();
    assertThat(rules.refusal(eastAfrica)).isEmpty();
    assertThat(rules.refusal(gambia).map(Refusal::text))
        .contains("An alert goes to the whole network or to one region");
    assertThat(rules.mayIssueAny()).isTrue();
  }

  @Test
  void aRegionsAdministratorsAlertTheirRegionOnly() {
    AlertRules rules = AlertRules.of(List.of(new OfficeRole(westAfrica, Role.OFFICE_ADMIN)));

    assertThat(rules.refusal(westAfrica)).isEmpty();
    assertThat(rules.refusal(eastAfrica)).isPresent();
    assertThat(rules.refusal(null).map(Refusal::text))
        .contains("Only HQ administrators put alerts on every office's site");
    assertThat(rules.ownRegions()).containsExactly(westAfrica);
    assertThat(rules.mayIssueAny()).isTrue();
  }

  @Test
  void editorsPublishersAndCountryAdministratorsAlertNothing() {
    for (OfficeRole role :
        List.of(
            new OfficeRole(westAfrica, Role.EDITOR),
            new OfficeRole(westAfrica, Role.PUBLISHER),
            new OfficeRole(gambia, Role.OFFICE_ADMIN),
            new OfficeRole(hq, Role.HQ_EDITOR))) {
      AlertRules rules = AlertRules.of(List.of(role));
      assertThat(rules.refusal(westAfrica)).as("%s", role).isPresent();
      assertThat(rules.refusal(null)).as("%s", role).isPresent();
      assertThat(rules.mayIssueAny()).as("%s", role).isFalse();
    }
  }

  @Test
  void aSuspendedRegionsAdministratorCannotAlertIt() {
    OfficeRef suspended = office(2, "west-africa", OfficeType.REGIONAL, OfficeStatus.SUSPENDED);
    AlertRules rules = AlertRules.of(List.of(new OfficeRole(suspended, Role.OFFICE_ADMIN)));

    assertThat(rules.refusal(suspended)).isPresent();
  }
}
