package org.meridian.tenancy.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.OfficeRole;
import org.meridian.tenancy.people.Role;

/**
 * The permission rule as a table: every action, every role, held in the office acted on (own), in
 * HQ (hq), in the regional office of the office acted on (region) or in another office (other).
 */
class PermissionRuleTest {

  private static final OfficeRef HQ = office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE, null);
  private static final OfficeRef WCA =
      office(2, "wca", OfficeType.REGIONAL, OfficeStatus.ACTIVE, "hq");
  private static final OfficeRef GAMBIA =
      office(3, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE, "wca");
  private static final OfficeRef SENEGAL =
      office(4, "senegal", OfficeType.COUNTRY, OfficeStatus.ACTIVE, "wca");
  private static final OfficeRef MALI =
      office(5, "mali", OfficeType.COUNTRY, OfficeStatus.SUSPENDED, "wca");
  private static final OfficeRef CLOSED_HQ =
      office(1, "hq", OfficeType.HQ, OfficeStatus.SUSPENDED, null);

  /** Another region, and a country office of it. */
  private static final OfficeRef EAST =
      office(6, "east", OfficeType.REGIONAL, OfficeStatus.ACTIVE, "hq");

  private static final OfficeRef KENYA =
      office(7, "kenya", OfficeType.COUNTRY, OfficeStatus.ACTIVE, "east");

  /** A country office HQ looks after directly (no region). */
  private static final OfficeRef CUBA =
      office(8, "cuba", OfficeType.COUNTRY, OfficeStatus.ACTIVE, "hq");

  /** The West and Central Africa region with delegation turned off by HQ. */
  private static final OfficeRef WCA_UNDELEGATED =
      office(2, "wca", OfficeType.REGIONAL, OfficeStatus.ACTIVE, "hq", false);

  private static OfficeRef office(
      long id, String code, OfficeType type, OfficeStatus status, String parent) {
    return office(id, code, type, status, parent, true);
  }

  private static OfficeRef office(
      long id,
      String code,
      OfficeType type,
      OfficeStatus status,
      String parent,
      boolean delegates) {
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
        parent == null ? null : new OfficeCode(parent),
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        delegates,
        null);
  }

  @ParameterizedTest(
      name = "{0} by {1}: own {2}, from HQ {3}, from the region {4}, from another office {5}")
  @CsvSource({
    "WORK_IN,             EDITOR,       yes, no,  no,  no",
    "WORK_IN,             PUBLISHER,    yes, no,  no,  no",
    "WORK_IN,             OFFICE_ADMIN, yes, no,  yes, no",
    "WORK_IN,             HQ_EDITOR,    yes, no,  no,  no",
    "WORK_IN,             HQ_ADMIN,     yes, no,  no,  no",
    "WRITE,               EDITOR,       yes, no,  no,  no",
    "WRITE,               PUBLISHER,    yes, no,  no,  no",
    "WRITE,               OFFICE_ADMIN, yes, no,  no,  no",
    "WRITE,               HQ_EDITOR,    yes, no,  no,  no",
    "WRITE,               HQ_ADMIN,     yes, yes, no,  no",
    "REVIEW,              EDITOR,       no,  no,  no,  no",
    "REVIEW,              PUBLISHER,    yes, no,  no,  no",
    "REVIEW,              OFFICE_ADMIN, yes, no,  no,  no",
    "REVIEW,              HQ_EDITOR,    no,  no,  no,  no",
    "REVIEW,              HQ_ADMIN,     yes, yes, no,  no",
    "BE_ASKED_TO_REVIEW,  EDITOR,       no,  no,  no,  no",
    "BE_ASKED_TO_REVIEW,  PUBLISHER,    yes, no,  no,  no",
    "BE_ASKED_TO_REVIEW,  OFFICE_ADMIN, yes, no,  no,  no",
    "BE_ASKED_TO_REVIEW,  HQ_EDITOR,    no,  no,  no,  no",
    "BE_ASKED_TO_REVIEW,  HQ_ADMIN,     no,  no,  no,  no",
    "SCHEDULE,            EDITOR,       yes, no,  no,  no",
    "SCHEDULE,            PUBLISHER,    yes, no,  no,  no",
    "SCHEDULE,            OFFICE_ADMIN, yes, no,  no,  no",
    "SCHEDULE,            HQ_EDITOR,    yes, no,  no,  no",
    "SCHEDULE,            HQ_ADMIN,     yes, yes, no,  no",
    "TRASH,               EDITOR,       yes, no,  no,  no",
    "TRASH,               PUBLISHER,    yes, no,  no,  no",
    "TRASH,               OFFICE_ADMIN, yes, no,  no,  no",
    "TRASH,               HQ_EDITOR,    yes, no,  no,  no",
    "TRASH,               HQ_ADMIN,     yes, yes, no,  no",
    "MANAGE_TRASH,        EDITOR,       no,  no,  no,  no",
    "MANAGE_TRASH,        PUBLISHER,    no,  no,  no,  no",
    "MANAGE_TRASH,        OFFICE_ADMIN, yes, no,  no,  no",
    "MANAGE_TRASH,        HQ_EDITOR,    no,  no,  no,  no",
    "MANAGE_TRASH,        HQ_ADMIN,     yes, yes, no,  no",
    "SHARE,               EDITOR,       no,  no,  no,  no",
    "SHARE,               PUBLISHER,    yes, no,  no,  no",
    "SHARE,               OFFICE_ADMIN, yes, no,  no,  no",
    "SHARE,               HQ_EDITOR,    no,  no,  no,  no",
    "SHARE,               HQ_ADMIN,     yes, yes, no,  no",
    "EDIT_MENUS,          EDITOR,       no,  no,  no,  no",
    "EDIT_MENUS,          PUBLISHER,    no,  no,  no,  no",
    "EDIT_MENUS,          OFFICE_ADMIN, yes, no,  no,  no",
    "EDIT_MENUS,          HQ_EDITOR,    no,  no,  no,  no",
    "EDIT_MENUS,          HQ_ADMIN,     yes, yes, no,  no",
    "MANAGE_PEOPLE,       EDITOR,       no,  no,  no,  no",
    "MANAGE_PEOPLE,       PUBLISHER,    no,  no,  no,  no",
    "MANAGE_PEOPLE,       OFFICE_ADMIN, yes, no,  yes, no",
    "MANAGE_PEOPLE,       HQ_EDITOR,    no,  no,  no,  no",
    "MANAGE_PEOPLE,       HQ_ADMIN,     yes, yes, no,  no",
    "CHANGE_SETTINGS,     EDITOR,       no,  no,  no,  no",
    "CHANGE_SETTINGS,     PUBLISHER,    no,  no,  no,  no",
    "CHANGE_SETTINGS,     OFFICE_ADMIN, yes, no,  yes, no",
    "CHANGE_SETTINGS,     HQ_EDITOR,    no,  no,  no,  no",
    "CHANGE_SETTINGS,     HQ_ADMIN,     yes, yes, no,  no",
    "CHANGE_REVIEW_POLICY, EDITOR,       no,  no,  no,  no",
    "CHANGE_REVIEW_POLICY, PUBLISHER,    no,  no,  no,  no",
    "CHANGE_REVIEW_POLICY, OFFICE_ADMIN, yes, no,  no,  no",
    "CHANGE_REVIEW_POLICY, HQ_EDITOR,    no,  no,  no,  no",
    "CHANGE_REVIEW_POLICY, HQ_ADMIN,     yes, yes, no,  no",
    "READ_AUDIT_TRAIL,    EDITOR,       no,  no,  no,  no",
    "READ_AUDIT_TRAIL,    PUBLISHER,    no,  no,  no,  no",
    "READ_AUDIT_TRAIL,    OFFICE_ADMIN, yes, no,  yes, no",
    "READ_AUDIT_TRAIL,    HQ_EDITOR,    no,  no,  no,  no",
    "READ_AUDIT_TRAIL,    HQ_ADMIN,     yes, yes, no,  no",
    "ALERT_REGION,        EDITOR,       no,  no,  no,  no",
    "ALERT_REGION,        PUBLISHER,    no,  no,  no,  no",
    "ALERT_REGION,        OFFICE_ADMIN, yes, no,  no,  no",
    "ALERT_REGION,        HQ_EDITOR,    no,  no,  no,  no",
    "ALERT_REGION,        HQ_ADMIN,     yes, yes, no,  no",
    "MANAGE_API_TOKENS,   EDITOR,       no,  no,  no,  no",
    "MANAGE_API_TOKENS,   PUBLISHER,    no,  no,  no,  no",
    "MANAGE_API_TOKENS,   OFFICE_ADMIN, yes, no,  yes, no",
    "MANAGE_API_TOKENS,   HQ_EDITOR,    no,  no,  no,  no",
    "MANAGE_API_TOKENS,   HQ_ADMIN,     yes, no,  no,  no",
    "WRITE_MIRROR,        EDITOR,       no,  no,  no,  no",
    "WRITE_MIRROR,        PUBLISHER,    no,  no,  no,  no",
    "WRITE_MIRROR,        OFFICE_ADMIN, yes, no,  no,  no",
    "WRITE_MIRROR,        HQ_EDITOR,    no,  no,  no,  no",
    "WRITE_MIRROR,        HQ_ADMIN,     yes, yes, no,  no"
  })
  void theTable(
      OfficeAction action, Role role, String own, String hq, String region, String other) {
    assertThat(PermissionRule.allows(role, OfficeRelation.OWN, action)).isEqualTo(yes(own));
    assertThat(PermissionRule.allows(role, OfficeRelation.HQ, action)).isEqualTo(yes(hq));
    assertThat(PermissionRule.allows(role, OfficeRelation.REGION, action)).isEqualTo(yes(region));
    assertThat(PermissionRule.allows(role, OfficeRelation.OTHER, action)).isEqualTo(yes(other));
    // and through memberships: in Gambia itself, in HQ, in Gambia's region, in Senegal, in another
    // region, acting on Gambia
    assertThat(decide(role, GAMBIA, GAMBIA, action)).isEqualTo(yes(own));
    assertThat(decide(role, HQ, GAMBIA, action)).isEqualTo(yes(hq));
    assertThat(decide(role, WCA, GAMBIA, action)).isEqualTo(yes(region));
    assertThat(decide(role, SENEGAL, GAMBIA, action)).isEqualTo(yes(other));
    assertThat(decide(role, EAST, GAMBIA, action)).isEqualTo(yes(other));
    // a region's reach ends at its own country offices: not HQ, another region's, nor HQ's own
    assertThat(decide(role, WCA, KENYA, action)).isFalse();
    assertThat(decide(role, WCA, CUBA, action)).isFalse();
    assertThat(decide(role, WCA, HQ, action)).isFalse();
    assertThat(decide(role, WCA, EAST, action)).isFalse();
    // nor does it reach anything once HQ turned the region's delegation off
    assertThat(decide(role, WCA_UNDELEGATED, GAMBIA, action)).isEqualTo(yes(other));
  }

  @ParameterizedTest(name = "{1} held in {0} relates to {2} as {3}")
  @CsvSource({
    "gambia,  gambia, OWN",
    "hq,      hq,     OWN",
    "hq,      gambia, HQ",
    "hq,      wca,    HQ",
    "wca,     gambia, REGION",
    "wca,     senegal, REGION",
    "wca,     kenya,  OTHER",
    "wca,     cuba,   OTHER",
    "wca,     hq,     OTHER",
    "wca,     east,   OTHER",
    "east,    kenya,  REGION",
    "east,    gambia, OTHER",
    "kenya,   gambia, OTHER",
    "senegal, gambia, OTHER",
    "gambia,  hq,     OTHER"
  })
  void relations(String heldIn, String target, OfficeRelation relation) {
    assertThat(OfficeRelation.of(named(heldIn), named(target))).isEqualTo(relation);
  }

  @ParameterizedTest(name = "{0} in HQ: {1}")
  @CsvSource({
    "EDITOR,       false",
    "PUBLISHER,    false",
    "OFFICE_ADMIN, false",
    "HQ_EDITOR,    false",
    "HQ_ADMIN,     true"
  })
  void onlyHqAdministratorsActAcrossTheNetwork(Role role, boolean allowed) {
    for (NetworkAction action : NetworkAction.values()) {
      assertThat(PermissionRule.decide(List.of(new OfficeRole(HQ, role)), action))
          .as("%s", action)
          .isEqualTo(allowed);
      // the same role held anywhere but HQ gives nothing across the network
      assertThat(PermissionRule.decide(List.of(new OfficeRole(GAMBIA, role)), action))
          .as("%s", action)
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(OfficeAction.class)
  void nobodyWorksInASuspendedOfficeNotEvenItsAdministrators(OfficeAction action) {
    for (Role role : Role.values()) {
      assertThat(decide(role, MALI, MALI, action)).as("%s", role).isFalse();
    }
  }

  @Test
  void hqAdministratorsKeepHqEvenWhenItIsSuspended() {
    assertThat(decide(Role.HQ_ADMIN, CLOSED_HQ, CLOSED_HQ, OfficeAction.MANAGE_PEOPLE)).isTrue();
    assertThat(decide(Role.HQ_ADMIN, CLOSED_HQ, MALI, OfficeAction.MANAGE_PEOPLE)).isTrue();
    assertThat(decide(Role.HQ_EDITOR, CLOSED_HQ, CLOSED_HQ, OfficeAction.WRITE)).isFalse();
  }

  @Test
  void anyMembershipThatAllowsIsEnough() {
    List<OfficeRole> both =
        List.of(new OfficeRole(SENEGAL, Role.OFFICE_ADMIN), new OfficeRole(GAMBIA, Role.EDITOR));
    assertThat(PermissionRule.decide(both, GAMBIA, OfficeAction.WRITE)).isTrue();
    assertThat(PermissionRule.decide(both, GAMBIA, OfficeAction.MANAGE_PEOPLE)).isFalse();
    assertThat(PermissionRule.decide(both, SENEGAL, OfficeAction.MANAGE_PEOPLE)).isTrue();
    assertThat(PermissionRule.decide(List.of(), GAMBIA, OfficeAction.WORK_IN)).isFalse();
  }

  @Test
  void aRegionalAdministratorNeitherWritesNorReviewsInTheRegion() {
    for (OfficeAction content :
        List.of(
            OfficeAction.WRITE,
            OfficeAction.REVIEW,
            OfficeAction.SCHEDULE,
            OfficeAction.TRASH,
            OfficeAction.SHARE,
            OfficeAction.EDIT_MENUS,
            OfficeAction.MANAGE_TRASH,
            OfficeAction.CHANGE_REVIEW_POLICY)) {
      assertThat(decide(Role.OFFICE_ADMIN, WCA, GAMBIA, content)).as("%s", content).isFalse();
    }
  }

  @Test
  void noRegionalReachIntoASuspendedOfficeNorFromASuspendedRegion() {
    assertThat(decide(Role.OFFICE_ADMIN, WCA, MALI, OfficeAction.MANAGE_PEOPLE)).isFalse();
    OfficeRef closedRegion = office(2, "wca", OfficeType.REGIONAL, OfficeStatus.SUSPENDED, "hq");
    assertThat(decide(Role.OFFICE_ADMIN, closedRegion, GAMBIA, OfficeAction.MANAGE_PEOPLE))
        .isFalse();
  }

  @Test
  void regionalAdministratorsNeverActAcrossTheNetwork() {
    for (NetworkAction action : NetworkAction.values()) {
      assertThat(PermissionRule.decide(List.of(new OfficeRole(WCA, Role.OFFICE_ADMIN)), action))
          .as("%s", action)
          .isFalse();
    }
  }

  @ParameterizedTest(name = "{0} in {1} acting on {2}: through {3}")
  @CsvSource({
    "OFFICE_ADMIN, gambia, gambia, ''",
    "OFFICE_ADMIN, wca,    gambia, wca",
    "EDITOR,       wca,    gambia, ''",
    "OFFICE_ADMIN, wca,    kenya,  ''",
    "HQ_ADMIN,     hq,     gambia, hq",
    "HQ_ADMIN,     hq,     hq,     ''"
  })
  void theActingOffice(Role role, String heldIn, String target, String through) {
    assertThat(
            PermissionRule.actingOffice(List.of(new OfficeRole(named(heldIn), role)), named(target))
                .map(o -> o.code().value())
                .orElse(""))
        .isEqualTo(through);
  }

  @Test
  void theRegionsSomeoneAdministers() {
    assertThat(PermissionRule.administeredRegions(List.of(new OfficeRole(WCA, Role.OFFICE_ADMIN))))
        .containsExactly(WCA);
    assertThat(PermissionRule.administeredRegions(List.of(new OfficeRole(WCA, Role.PUBLISHER))))
        .isEmpty();
    assertThat(
            PermissionRule.administeredRegions(
                List.of(new OfficeRole(WCA_UNDELEGATED, Role.OFFICE_ADMIN))))
        .isEmpty();
    assertThat(
            PermissionRule.administeredRegions(List.of(new OfficeRole(GAMBIA, Role.OFFICE_ADMIN))))
        .isEmpty();
  }

  @Test
  void anOfficeMustBeNamed() {
    assertThatNullPointerException()
        .isThrownBy(() -> PermissionRule.decide(List.of(), null, OfficeAction.WORK_IN));
  }

  @Test
  void administratorAndHqRolesAndTheRolesInForce() {
    assertThat(PermissionRule.administratorRoles())
        .containsExactly(Role.OFFICE_ADMIN, Role.HQ_ADMIN);
    assertThat(List.of(Role.values()).stream().filter(PermissionRule::existsOnlyInHq))
        .containsExactly(Role.HQ_EDITOR, Role.HQ_ADMIN);
    assertThat(
            PermissionRule.rolesInForce(
                List.of(
                    new OfficeRole(MALI, Role.OFFICE_ADMIN), new OfficeRole(GAMBIA, Role.EDITOR))))
        .containsExactly(Role.EDITOR);
  }

  /** Who may see a library's files that no live item uses (the public gets a 404 for them). */
  @ParameterizedTest(name = "{0} of {1} sees {2}'s unpublished files: {3}")
  @CsvSource({
    "EDITOR,       gambia,  gambia,  yes",
    "EDITOR,       gambia,  senegal, no",
    "EDITOR,       gambia,  wca,     no",
    "EDITOR,       gambia,  hq,      yes",
    "PUBLISHER,    senegal, gambia,  no",
    "OFFICE_ADMIN, wca,     gambia,  yes",
    "OFFICE_ADMIN, wca,     kenya,   no",
    "OFFICE_ADMIN, east,    hq,      yes",
    "HQ_EDITOR,    hq,      gambia,  no",
    "HQ_EDITOR,    hq,      hq,      yes",
    "HQ_ADMIN,     hq,      gambia,  yes",
    "HQ_ADMIN,     hq,      kenya,   yes",
    "EDITOR,       mali,    mali,    no",
    "EDITOR,       mali,    hq,      no",
  })
  void whoSeesALibrarysUnpublishedFiles(Role role, String heldIn, String owner, String sees) {
    OfficeRef office = heldIn.equals("mali") ? MALI : named(heldIn);
    OfficeRef library = owner.equals("mali") ? MALI : named(owner);
    assertThat(PermissionRule.maySeeLibraryOf(List.of(new OfficeRole(office, role)), library))
        .isEqualTo(yes(sees));
  }

  @Test
  void nobodySeesALibrarysUnpublishedFilesWithoutAMembership() {
    assertThat(PermissionRule.maySeeLibraryOf(List.of(), HQ)).isFalse();
    assertThat(PermissionRule.maySeeLibraryOf(List.of(), GAMBIA)).isFalse();
  }

  private static boolean decide(Role role, OfficeRef heldIn, OfficeRef target, OfficeAction a) {
    return PermissionRule.decide(List.of(new OfficeRole(heldIn, role)), target, a);
  }

  private static OfficeRef named(String code) {
    return List.of(HQ, WCA, GAMBIA, SENEGAL, EAST, KENYA, CUBA).stream()
        .filter(o -> o.code().value().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static boolean yes(String cell) {
    return cell.equals("yes");
  }
}
