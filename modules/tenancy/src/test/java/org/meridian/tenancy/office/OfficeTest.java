package org.meridian.tenancy.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfficeTest {

  private static final ZoneId BANJUL = ZoneId.of("Africa/Banjul");

  private static LanguageTag lang(String tag) {
    return new LanguageTag(tag);
  }

  private static Map<LanguageTag, String> names(String... languageAndName) {
    Map<LanguageTag, String> names = new LinkedHashMap<>();
    for (int i = 0; i < languageAndName.length; i += 2) {
      names.put(lang(languageAndName[i]), languageAndName[i + 1]);
    }
    return names;
  }

  private static Office hq() {
    return new Office(
        new OfficeCode("hq"), OfficeType.HQ, null, List.of(lang("en")), BANJUL, names("en", "HQ"));
  }

  private static Office country(
      String code, List<LanguageTag> languages, Map<LanguageTag, String> names) {
    return new Office(new OfficeCode(code), OfficeType.COUNTRY, hq(), languages, BANJUL, names);
  }

  @Test
  void hqHasNoParent() {
    Office hq = hq();

    assertThat(hq.type()).isEqualTo(OfficeType.HQ);
    assertThat(hq.parent()).isNull();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Office(
                    new OfficeCode("hq2"),
                    OfficeType.HQ,
                    hq,
                    List.of(lang("en")),
                    BANJUL,
                    names("en", "HQ")))
        .withMessageContaining("HQ has no parent");
  }

  @Test
  void countryAndRegionalOfficesNeedAParent() {
    for (OfficeType type : List.of(OfficeType.COUNTRY, OfficeType.REGIONAL)) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  new Office(
                      new OfficeCode("gambia"),
                      type,
                      null,
                      List.of(lang("en")),
                      BANJUL,
                      names("en", "Gambia")))
          .withMessageContaining("needs a parent");
    }
  }

  @Test
  void countryOfficeKeepsItsParent() {
    Office hq = hq();
    Office gambia =
        new Office(
            new OfficeCode("gambia"),
            OfficeType.COUNTRY,
            hq,
            List.of(lang("en")),
            BANJUL,
            names("en", "Gambia"));

    assertThat(gambia.parent()).isSameAs(hq);
  }

  @Test
  void needsAtLeastOneLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country("gambia", List.of(), names("en", "Gambia")))
        .withMessageContaining("at least one language");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country("gambia", null, names("en", "Gambia")))
        .withMessageContaining("at least one language");
  }

  @Test
  void needsANameInAtLeastOneLanguage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country("gambia", List.of(lang("en")), Map.of()))
        .withMessageContaining("name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country("gambia", List.of(lang("en")), null))
        .withMessageContaining("name");
  }

  @Test
  void refusesABlankName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> country("gambia", List.of(lang("en")), names("en", "  ")));
  }

  @Test
  void needsCodeTypeAndTimeZone() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Office(
                    null, OfficeType.HQ, null, List.of(lang("en")), BANJUL, names("en", "HQ")));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Office(
                    new OfficeCode("hq"),
                    null,
                    null,
                    List.of(lang("en")),
                    BANJUL,
                    names("en", "HQ")));
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new Office(
                    new OfficeCode("hq"),
                    OfficeType.HQ,
                    null,
                    List.of(lang("en")),
                    null,
                    names("en", "HQ")));
  }

  @Test
  void defaultLanguageIsTheFirstOne() {
    Office senegal =
        country("senegal", List.of(lang("fr"), lang("en"), lang("wo")), names("fr", "Sénégal"));

    assertThat(senegal.defaultLanguage()).isEqualTo(lang("fr"));
    assertThat(senegal.languages()).containsExactly(lang("fr"), lang("en"), lang("wo"));
    assertThat(senegal.publishesIn(lang("wo"))).isTrue();
    assertThat(senegal.publishesIn(lang("ar"))).isFalse();
  }

  @Test
  void repeatedLanguagesAreKeptOnceInTheirFirstPlace() {
    Office senegal =
        country("senegal", List.of(lang("fr"), lang("en"), lang("fr")), names("fr", "Sénégal"));

    assertThat(senegal.languages()).containsExactly(lang("fr"), lang("en"));
  }

  @Test
  void nameIsGivenInTheAskedLanguage() {
    Office senegal =
        country(
            "senegal", List.of(lang("fr"), lang("en")), names("fr", "Sénégal", "en", "Senegal"));

    assertThat(senegal.name(lang("en"))).isEqualTo("Senegal");
    assertThat(senegal.name(lang("fr"))).isEqualTo("Sénégal");
  }

  @Test
  void nameFallsBackToTheDefaultLanguage() {
    Office senegal =
        country(
            "senegal", List.of(lang("fr"), lang("en")), names("en", "Senegal", "fr", "Sénégal"));

    assertThat(senegal.name(lang("ar"))).isEqualTo("Sénégal");
  }

  @Test
  void nameFallsBackToTheCodeWithoutANameInTheDefaultLanguage() {
    Office senegal = country("senegal", List.of(lang("fr"), lang("en")), names("en", "Senegal"));

    assertThat(senegal.name(lang("wo"))).isEqualTo("senegal");
  }

  @Test
  void namesAreStripped() {
    Office gambia = country("gambia", List.of(lang("en")), names("en", "  The Gambia "));

    assertThat(gambia.name(lang("en"))).isEqualTo("The Gambia");
  }

  @Test
  void hostNamesAreStoredInLowerCase() {
    Office gambia = country("gambia", List.of(lang("en")), names("en", "Gambia"));

    gambia.addHostName(" Gambia.Example.ORG ");

    assertThat(gambia.hostNames()).containsExactly("gambia.example.org");
    assertThatIllegalArgumentException().isThrownBy(() -> gambia.addHostName(" "));
  }

  @Test
  void aNewOfficeIsActiveUntilSuspended() {
    Office gambia = country("gambia", List.of(lang("en")), names("en", "Gambia"));
    assertThat(gambia.status()).isEqualTo(OfficeStatus.ACTIVE);

    gambia.suspend();
    assertThat(gambia.status()).isEqualTo(OfficeStatus.SUSPENDED);

    gambia.reactivate();
    assertThat(gambia.status()).isEqualTo(OfficeStatus.ACTIVE);
  }

  @Test
  void anArchivedOfficeIsNotActiveAndCanBeReactivated() {
    Office gambia = country("gambia", List.of(lang("en")), names("en", "Gambia"));

    gambia.archive();
    assertThat(gambia.status()).isEqualTo(OfficeStatus.ARCHIVED);

    gambia.reactivate();
    assertThat(gambia.status()).isEqualTo(OfficeStatus.ACTIVE);
  }
}
