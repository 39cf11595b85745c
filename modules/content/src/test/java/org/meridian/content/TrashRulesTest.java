package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

class TrashRulesTest {

  private static final Map<String, OfficeRef> OFFICES =
      Map.of(
          "hq", office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE),
          "gambia", office(2, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE),
          "senegal", office(3, "senegal", OfficeType.COUNTRY, OfficeStatus.ACTIVE),
          "mali", office(4, "mali", OfficeType.COUNTRY, OfficeStatus.SUSPENDED));

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

  @ParameterizedTest(name = "{0} of {1}, in {2}: trash {3}, manage the trash {4}")
  @CsvSource({
    "EDITOR,       gambia,  gambia,  true,  false",
    "PUBLISHER,    gambia,  gambia,  true,  false",
    "OFFICE_ADMIN, gambia,  gambia,  true,  true",
    "OFFICE_ADMIN, senegal, gambia,  false, false",
    "EDITOR,       senegal, gambia,  false, false",
    "HQ_EDITOR,    hq,      gambia,  false, false",
    "HQ_ADMIN,     hq,      gambia,  true,  true",
    "OFFICE_ADMIN, mali,    mali,    false, false",
    "EDITOR,       mali,    mali,    false, false"
  })
  void whoMayDoWhatWithTheTrash(
      Role role, String memberOf, String office, boolean trash, boolean manage) {
    List<OfficeRole> roles = List.of(new OfficeRole(OFFICES.get(memberOf), role));
    OfficeRef target = OFFICES.get(office);

    assertThat(TrashRules.refusalToTrash(roles, target).isEmpty()).isEqualTo(trash);
    assertThat(TrashRules.refusalToManage(roles, target).isEmpty()).isEqualTo(manage);
    TrashRules.refusalToManage(roles, target)
        .ifPresent(why -> assertThat(why.text()).contains("administrators of " + office));
  }
}
