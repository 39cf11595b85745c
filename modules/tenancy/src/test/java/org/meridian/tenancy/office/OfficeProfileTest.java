package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Branding, contacts, social links, the office hierarchy and status changes. */
class OfficeProfileTest {

  private static final LanguageTag EN = new LanguageTag("en");

  private static Office office(String code, OfficeType type, Office parent) {
    return new Office(
        new OfficeCode(code), type, parent, List.of(EN), ZoneId.of("UTC"), Map.of(EN, code));
  }

  private static final Office HQ = office("hq", OfficeType.HQ, null);

  @Test
  void accentColoursMustBeReadableOnWhite() {
    assertThat(new AccentColour("#0B4F8A").hex()).isEqualTo("#0b4f8a");
    assertThat(AccentColour.contrastWithWhite("#000000"))
        .isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(AccentColour.contrastWithWhite("#ffffff"))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AccentColour("#ffcc00"))
        .withMessageContaining("contrast of 1.")
        .withMessageContaining("choose a darker colour");
    // #767676 is the lightest grey that passes AA on white; #777777 fails.
    assertThat(new AccentColour("#767676").hex()).isEqualTo("#767676");
    assertThatIllegalArgumentException().isThrownBy(() -> new AccentColour("#777777"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "red", "#fff", "#12345g", "0b4f8a", "#0b4f8a00"})
  void accentColoursAreSixDigitHex(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AccentColour(text))
        .withMessageContaining("#rrggbb");
  }

  @Test
  void regionalOfficesSitUnderHqAndCountriesUnderHqOrARegion() {
    Office region = office("west-africa", OfficeType.REGIONAL, HQ);
    Office country = office("gambia", OfficeType.COUNTRY, region);
    assertThat(office("cape-verde", OfficeType.COUNTRY, HQ).parent()).isSameAs(HQ);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> office("sahel", OfficeType.REGIONAL, region))
        .withMessageContaining("regional offices sit under HQ");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> office("banjul-city", OfficeType.COUNTRY, country))
        .withMessageContaining("country offices under HQ or a region");
  }

  @Test
  void movingAnOfficeFollowsTheSameRulesSoNoCycleCanForm() {
    Office region = office("west-africa", OfficeType.REGIONAL, HQ);
    Office other = office("east-africa", OfficeType.REGIONAL, HQ);
    Office country = office("gambia", OfficeType.COUNTRY, region);
    country.moveUnder(other);
    assertThat(country.parent()).isSameAs(other);
    assertThatIllegalArgumentException().isThrownBy(() -> region.moveUnder(country));
    assertThatIllegalArgumentException().isThrownBy(() -> region.moveUnder(region));
    assertThatIllegalArgumentException().isThrownBy(() -> HQ.moveUnder(region));
  }

  @Test
  void statusChangesFollowTheLifecycle() {
    Office country = office("gambia", OfficeType.COUNTRY, HQ);
    assertThatIllegalStateException()
        .isThrownBy(country::reactivate)
        .withMessageContaining("already active");
    country.suspend();
    assertThat(country.status()).isEqualTo(OfficeStatus.SUSPENDED);
    assertThatIllegalStateException().isThrownBy(country::suspend);
    country.archive();
    assertThat(country.status()).isEqualTo(OfficeStatus.ARCHIVED);
    assertThatIllegalStateException()
        .isThrownBy(country::archive)
        .withMessageContaining("already archived");
    country.reactivate();
    assertThat(country.status()).isEqualTo(OfficeStatus.ACTIVE);
    assertThatIllegalStateException().isThrownBy(HQ::suspend).withMessageContaining("HQ cannot");
    assertThatIllegalStateException().isThrownBy(HQ::archive).withMessageContaining("HQ cannot");
  }

  @Test
  void socialLinksMustPointAtTheirNetworkOverHttps() {
    Office country = office("gambia", OfficeType.COUNTRY, HQ);
    country.linkSocial(SocialNetwork.X, "https://x.com/meridian_gambia");
    country.linkSocial(SocialNetwork.YOUTUBE, "https://www.youtube.com/@meridian");
    assertThat(country.socialLinks()).containsOnlyKeys("X", "YOUTUBE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country.linkSocial(SocialNetwork.FACEBOOK, "http://facebook.com/x"))
        .withMessageContaining("https://facebook.com/");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> country.linkSocial(SocialNetwork.FACEBOOK, "https://evil.example/facebook.com"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> country.linkSocial(SocialNetwork.LINKEDIN, "https://linkedin.com.evil.example/"));
    country.linkSocial(SocialNetwork.X, " ");
    assertThat(country.socialLinks()).containsOnlyKeys("YOUTUBE");
  }

  @Test
  void namesFollowTheOfficesLanguagesAndTheDefaultAlwaysHasOne() {
    Office country =
        new Office(
            new OfficeCode("senegal"),
            OfficeType.COUNTRY,
            HQ,
            List.of(new LanguageTag("fr"), EN),
            ZoneId.of("Africa/Dakar"),
            Map.of(new LanguageTag("fr"), "Au Sénégal"));
    country.rename(EN, " In Senegal ");
    assertThat(country.names()).containsEntry("en", "In Senegal");
    country.rename(EN, "");
    assertThat(country.names()).doesNotContainKey("en");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country.rename(new LanguageTag("fr"), " "))
        .withMessageContaining("default language (fr)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country.rename(new LanguageTag("ar"), "x"))
        .withMessageContaining("add the language first");
  }

  @Test
  void contactDetailsAreCheckedAndBlanksAreNone() {
    OfficeContact contact = new OfficeContact(" info@gambia.example.org ", "+220 123 4567", "  ");
    assertThat(contact.email()).isEqualTo("info@gambia.example.org");
    assertThat(contact.postalAddress()).isNull();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfficeContact("not-an-address", null, null))
        .withMessageContaining("not an e-mail address");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OfficeContact(null, "call us!", null))
        .withMessageContaining("telephone number");
  }
}
