package org.meridian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

/**
 * Who reads which part of the audit trail: the rules {@link AuditTrail} applies to every search.
 */
class AuditAccessTest {

  private static final OfficeRef HQ = office(1, "hq", OfficeType.HQ, OfficeStatus.ACTIVE);
  private static final OfficeRef GAMBIA =
      office(2, "gambia", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private static final OfficeRef SENEGAL =
      office(3, "senegal", OfficeType.COUNTRY, OfficeStatus.ACTIVE);
  private static final OfficeRef MALI =
      office(4, "mali", OfficeType.COUNTRY, OfficeStatus.SUSPENDED);
  private static final Function<String, Optional<OfficeRef>> OFFICES =
      code ->
          List.of(HQ, GAMBIA, SENEGAL, MALI).stream()
              .filter(o -> o.code().value().equals(code))
              .findFirst();

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
        Map.of("en", code),
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private static AuditScope scope(List<OfficeRole> roles, OfficeRef workingIn, String asked) {
    return AuditAccess.scopeFor(roles, workingIn, asked, OFFICES);
  }

  @Test
  void anHqAdministratorReadsTheWholeNetworkOrOneOfficeOnRequest() {
    List<OfficeRole> hqAdmin = List.of(new OfficeRole(HQ, Role.HQ_ADMIN));
    assertThat(scope(hqAdmin, HQ, null).onlyOffice()).isEmpty();
    assertThat(scope(hqAdmin, HQ, " ").onlyOffice()).isEmpty();
    assertThat(scope(hqAdmin, HQ, "senegal").onlyOffice()).contains(SENEGAL);
    assertThatThrownBy(() -> scope(hqAdmin, HQ, "atlantis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no office 'atlantis'");
  }

  @Test
  void anOfficeAdministratorReadsTheirOwnOfficeOnly() {
    List<OfficeRole> gambiaAdmin = List.of(new OfficeRole(GAMBIA, Role.OFFICE_ADMIN));
    assertThat(scope(gambiaAdmin, GAMBIA, null).onlyOffice()).contains(GAMBIA);
    assertThat(scope(gambiaAdmin, GAMBIA, "gambia").onlyOffice()).contains(GAMBIA);
  }

  @Test
  void anOfficeAdministratorCannotWidenTheSearchToAnotherOfficeOrTheNetwork() {
    List<OfficeRole> gambiaAdmin = List.of(new OfficeRole(GAMBIA, Role.OFFICE_ADMIN));
    assertThatThrownBy(() -> scope(gambiaAdmin, GAMBIA, "senegal"))
        .isInstanceOf(AuditAccessDeniedException.class)
        .hasMessageContaining("your office (gambia) only");
    assertThatThrownBy(() -> scope(gambiaAdmin, GAMBIA, "hq"))
        .isInstanceOf(AuditAccessDeniedException.class);
    assertThatThrownBy(() -> scope(gambiaAdmin, GAMBIA, "atlantis"))
        .isInstanceOf(AuditAccessDeniedException.class);
    // Claiming to work in another office does not help: the role must be held there.
    assertThatThrownBy(() -> scope(gambiaAdmin, SENEGAL, null))
        .isInstanceOf(AuditAccessDeniedException.class);
    assertThatThrownBy(() -> scope(gambiaAdmin, null, null))
        .isInstanceOf(AuditAccessDeniedException.class);
  }

  @Test
  void anAdministratorOfOneOfficeAndEditorOfAnotherReadsOnlyWhereTheyAdminister() {
    List<OfficeRole> roles =
        List.of(new OfficeRole(GAMBIA, Role.OFFICE_ADMIN), new OfficeRole(SENEGAL, Role.EDITOR));
    assertThat(scope(roles, GAMBIA, null).onlyOffice()).contains(GAMBIA);
    assertThatThrownBy(() -> scope(roles, SENEGAL, null))
        .isInstanceOf(AuditAccessDeniedException.class);
  }

  @Test
  void editorsPublishersAndHqEditorsAreRefused() {
    for (Role role : List.of(Role.EDITOR, Role.PUBLISHER, Role.HQ_EDITOR)) {
      OfficeRef office = role == Role.HQ_EDITOR ? HQ : GAMBIA;
      assertThatThrownBy(() -> scope(List.of(new OfficeRole(office, role)), office, null))
          .as(role.name())
          .isInstanceOf(AuditAccessDeniedException.class)
          .hasMessageContaining("Only office administrators and HQ administrators");
    }
    assertThatThrownBy(() -> scope(List.of(), null, null))
        .isInstanceOf(AuditAccessDeniedException.class);
  }

  @Test
  void rolesInASuspendedOfficeDoNotCount() {
    List<OfficeRole> maliAdmin = List.of(new OfficeRole(MALI, Role.OFFICE_ADMIN));
    assertThatThrownBy(() -> scope(maliAdmin, MALI, null))
        .isInstanceOf(AuditAccessDeniedException.class);
  }
}
