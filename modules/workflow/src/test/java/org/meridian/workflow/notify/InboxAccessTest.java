package org.meridian.workflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

class InboxAccessTest {

  private static OfficeRef office(long id, String code, OfficeType type, OfficeStatus status) {
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

  private static final OfficeRef HQ = office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE);
  private static final OfficeRef GAMBIA =
      office(2, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private static final OfficeRef SENEGAL =
      office(3, "senegal", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private static final OfficeRef MALI =
      office(4, "mali", OfficeType.COUNTRY, OfficeStatus.SUSPENDED);

  @Test
  void aPersonReadsTheInboxOfAnOfficeTheyWorkIn() {
    List<OfficeRole> publisher =
        List.of(new OfficeRole(GAMBIA, Role.PUBLISHER), new OfficeRole(SENEGAL, Role.PUBLISHER));
    assertThat(Inbox.worksIn(publisher, GAMBIA)).isTrue();
    assertThat(Inbox.worksIn(publisher, SENEGAL)).isTrue();
  }

  @Test
  void notOfAnotherOfficeNotEvenAsHqAdministrator() {
    assertThat(Inbox.worksIn(List.of(new OfficeRole(GAMBIA, Role.EDITOR)), SENEGAL)).isFalse();
    assertThat(Inbox.worksIn(List.of(new OfficeRole(HQ, Role.HQ_ADMIN)), GAMBIA)).isFalse();
    assertThat(Inbox.worksIn(List.of(), GAMBIA)).isFalse();
  }

  @Test
  void notOfASuspendedOffice() {
    assertThat(Inbox.worksIn(List.of(new OfficeRole(MALI, Role.OFFICE_ADMIN)), MALI)).isFalse();
  }
}
