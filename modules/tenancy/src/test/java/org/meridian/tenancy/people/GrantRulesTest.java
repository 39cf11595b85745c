package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/**
 * The grant rules as a table: who, holding which role where, may give which role in which office.
 */
class GrantRulesTest {

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

  private static GrantRules holding(Role role, String office) {
    return GrantRules.of(List.of(new OfficeRole(OFFICES.get(office), role)));
  }

  @ParameterizedTest(name = "{0} of {1} gives {3} in {2}: {4}")
  @CsvSource({
    // an office administrator: the office roles, in their own office only
    "OFFICE_ADMIN, gambia,  gambia,  EDITOR,       allowed",
    "OFFICE_ADMIN, gambia,  gambia,  PUBLISHER,    allowed",
    "OFFICE_ADMIN, gambia,  gambia,  OFFICE_ADMIN, allowed",
    "OFFICE_ADMIN, gambia,  gambia,  HQ_EDITOR,    exists only in HQ",
    "OFFICE_ADMIN, gambia,  gambia,  HQ_ADMIN,     exists only in HQ",
    "OFFICE_ADMIN, gambia,  senegal, EDITOR,       Only the administrators of senegal",
    "OFFICE_ADMIN, gambia,  hq,      EDITOR,       Only the administrators of hq",
    "OFFICE_ADMIN, gambia,  hq,      HQ_ADMIN,     Only the administrators of hq",
    // an office administrator of HQ still cannot give the HQ roles
    "OFFICE_ADMIN, hq,      hq,      EDITOR,       allowed",
    "OFFICE_ADMIN, hq,      hq,      HQ_EDITOR,    Only HQ administrators",
    "OFFICE_ADMIN, hq,      hq,      HQ_ADMIN,     Only HQ administrators",
    // a suspended office's administrator manages nothing
    "OFFICE_ADMIN, mali,    mali,    EDITOR,       Only the administrators of mali",
    // editors and publishers manage no one
    "EDITOR,       gambia,  gambia,  EDITOR,       Only the administrators of gambia",
    "PUBLISHER,    gambia,  gambia,  EDITOR,       Only the administrators of gambia",
    "HQ_EDITOR,    hq,      hq,      EDITOR,       Only the administrators of hq",
    // an HQ administrator: anything, anywhere, the HQ roles only in HQ
    "HQ_ADMIN,     hq,      gambia,  EDITOR,       allowed",
    "HQ_ADMIN,     hq,      senegal, OFFICE_ADMIN, allowed",
    "HQ_ADMIN,     hq,      mali,    PUBLISHER,    allowed",
    "HQ_ADMIN,     hq,      hq,      HQ_ADMIN,     allowed",
    "HQ_ADMIN,     hq,      hq,      HQ_EDITOR,    allowed",
    "HQ_ADMIN,     hq,      gambia,  HQ_EDITOR,    exists only in HQ",
    "HQ_ADMIN,     hq,      gambia,  HQ_ADMIN,     exists only in HQ",
  })
  void grantRules(Role held, String heldIn, String office, Role role, String expected) {
    Optional<Refusal> refusal = holding(held, heldIn).refusalToGrant(OFFICES.get(office), role);
    if (expected.equals("allowed")) {
      assertThat(refusal).isEmpty();
      assertThat(holding(held, heldIn).grantable(OFFICES.get(office))).contains(role);
    } else {
      assertThat(refusal).hasValueSatisfying(why -> assertThat(why.text()).contains(expected));
      assertThat(holding(held, heldIn).grantable(OFFICES.get(office))).doesNotContain(role);
    }
  }

  @ParameterizedTest(name = "{0} of {1} manages the people of {2}: {3}")
  @CsvSource({
    "OFFICE_ADMIN, gambia, gambia,  true",
    "OFFICE_ADMIN, gambia, senegal, false",
    "OFFICE_ADMIN, mali,   mali,    false",
    "PUBLISHER,    gambia, gambia,  false",
    "EDITOR,       gambia, gambia,  false",
    "HQ_EDITOR,    hq,     gambia,  false",
    "HQ_ADMIN,     hq,     senegal, true",
    "HQ_ADMIN,     hq,     mali,    true",
  })
  void whoManagesAnOfficesPeople(Role held, String heldIn, String office, boolean manages) {
    assertThat(holding(held, heldIn).refusalToManage(OFFICES.get(office)).isEmpty())
        .isEqualTo(manages);
  }

  @Test
  void anOfficeAdministratorGivesExactlyTheOfficeRoles() {
    assertThat(holding(Role.OFFICE_ADMIN, "gambia").grantable(OFFICES.get("gambia")))
        .containsExactly(Role.EDITOR, Role.PUBLISHER, Role.OFFICE_ADMIN);
    assertThat(holding(Role.OFFICE_ADMIN, "gambia").grantable(OFFICES.get("senegal"))).isEmpty();
    assertThat(holding(Role.HQ_ADMIN, "hq").grantable(OFFICES.get("hq")))
        .containsExactly(Role.values());
  }

  @Test
  void onlyHqAdministratorsDisableAccounts() {
    assertThat(holding(Role.HQ_ADMIN, "hq").refusalToDisable()).isEmpty();
    assertThat(holding(Role.OFFICE_ADMIN, "gambia").refusalToDisable()).isPresent();
    assertThat(holding(Role.OFFICE_ADMIN, "hq").refusalToDisable()).isPresent();
    assertThat(GrantRules.of(List.of()).refusalToDisable()).isPresent();
  }

  @Test
  void nobodyWithoutMembershipsManagesAnything() {
    GrantRules nobody = GrantRules.of(List.of());
    OFFICES.values().forEach(o -> assertThat(nobody.grantable(o)).isEmpty());
    assertThatThrownBy(() -> GrantRules.require(nobody.refusalToManage(OFFICES.get("gambia"))))
        .isInstanceOf(PeopleRefusedException.class)
        .hasMessageContaining("gambia");
  }

  @Test
  void administratorsAreOfficeAndHqAdministrators() {
    assertThat(List.of(Role.values()).stream().filter(GrantRules::isAdministrator))
        .containsExactly(Role.OFFICE_ADMIN, Role.HQ_ADMIN);
  }
}
