package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class OfficeRoleTest {

  private static OfficeRef office(OfficeType type, OfficeStatus status) {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        7,
        new OfficeCode("mali"),
        type,
        status,
        en,
        List.of(en),
        ZoneId.of("UTC"),
        Map.of(),
        null,
        org.meridian.tenancy.office.AccentColour.DEFAULT,
        new org.meridian.tenancy.office.OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  @ParameterizedTest
  @CsvSource({
    "COUNTRY, ACTIVE,    EDITOR,       true",
    "COUNTRY, SUSPENDED, EDITOR,       false",
    "COUNTRY, ARCHIVED,  OFFICE_ADMIN, false",
    "REGIONAL, SUSPENDED, PUBLISHER,   false",
    "HQ,      SUSPENDED, HQ_EDITOR,    false",
    "HQ,      SUSPENDED, HQ_ADMIN,     true",
    "HQ,      ACTIVE,    HQ_ADMIN,     true"
  })
  void peopleWorkOnlyInActiveOfficesExceptHqAdminsInHq(
      OfficeType type, OfficeStatus status, Role role, boolean usable) {
    assertThat(new OfficeRole(office(type, status), role).isUsable()).isEqualTo(usable);
  }

  @Test
  void aFresherOfficeViewKeepsTheRole() {
    OfficeRole role = new OfficeRole(office(OfficeType.COUNTRY, OfficeStatus.ACTIVE), Role.EDITOR);
    OfficeRole fresher = role.withOffice(office(OfficeType.COUNTRY, OfficeStatus.SUSPENDED));
    assertThat(fresher.role()).isEqualTo(Role.EDITOR);
    assertThat(fresher.isUsable()).isFalse();
  }
}
