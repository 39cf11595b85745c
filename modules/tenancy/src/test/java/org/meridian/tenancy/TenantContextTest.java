package org.meridian.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class TenantContextTest {

  private static OfficeRef office(long id, String code) {
    return new OfficeRef(
        id,
        new OfficeCode(code),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        new LanguageTag("en"),
        List.of(new LanguageTag("en")),
        ZoneId.of("UTC"),
        Map.of("en", code),
        null,
        org.meridian.tenancy.office.AccentColour.DEFAULT,
        new org.meridian.tenancy.office.OfficeContact(null, null, null),
        Map.of(),
        false,
        null);
  }

  @Test
  void requireFailsClosedWhenNoOfficeWasResolved() {
    TenantContext context = new TenantContext();

    assertThat(context.current()).isEmpty();
    assertThatExceptionOfType(NoOfficeResolvedException.class).isThrownBy(context::require);
  }

  @Test
  void requireReturnsTheEnteredOffice() {
    TenantContext context = new TenantContext();
    OfficeRef gambia = office(1, "gambia");

    context.enter(gambia);

    assertThat(context.require()).isEqualTo(gambia);
    assertThat(context.current()).contains(gambia);
  }

  @Test
  void enteringTheSameOfficeAgainIsAllowed() {
    TenantContext context = new TenantContext();
    context.enter(office(1, "gambia"));

    context.enter(office(1, "gambia"));

    assertThat(context.require().code()).isEqualTo(new OfficeCode("gambia"));
  }

  @Test
  void enteringAnotherOfficeIsRefusedAndKeepsTheFirst() {
    TenantContext context = new TenantContext();
    context.enter(office(1, "gambia"));

    assertThatIllegalStateException()
        .isThrownBy(() -> context.enter(office(2, "senegal")))
        .withMessageContaining("gambia")
        .withMessageContaining("senegal");
    assertThat(context.require().code()).isEqualTo(new OfficeCode("gambia"));
  }

  @Test
  void enteringNoOfficeIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> new TenantContext().enter(null));
  }

  @Test
  void callAsRunsTheWorkForTheOfficeAndRestoresThePreviousOne() {
    TenantContext context = new TenantContext();
    OfficeRef gambia = office(1, "gambia");
    OfficeRef senegal = office(2, "senegal");
    context.enter(gambia);

    OfficeRef seen = context.callAs(senegal, context::require);

    assertThat(seen).isEqualTo(senegal);
    assertThat(context.require()).isEqualTo(gambia);
  }

  @Test
  void callAsRestoresNoOfficeWhenThereWasNone() {
    TenantContext context = new TenantContext();

    context.runAs(office(2, "senegal"), () -> assertThat(context.current()).isPresent());

    assertThat(context.current()).isEmpty();
  }

  @Test
  void callAsRestoresThePreviousOfficeEvenWhenTheWorkThrows() {
    TenantContext context = new TenantContext();
    OfficeRef gambia = office(1, "gambia");
    context.enter(gambia);

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                context.callAs(
                    office(2, "senegal"),
                    () -> {
                      throw new IllegalStateException("job failed");
                    }))
        .withMessage("job failed");

    assertThat(context.require()).isEqualTo(gambia);
  }

  @Test
  void runAsRestoresNoOfficeEvenWhenTheWorkThrows() {
    TenantContext context = new TenantContext();

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                context.runAs(
                    office(2, "senegal"),
                    () -> {
                      throw new IllegalStateException("job failed");
                    }));

    assertThat(context.current()).isEmpty();
  }
}
