package org.meridian.content.translation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.content.translation.TranslationRules.ItemFacts;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class TranslationRulesTest {

  private static final LanguageTag FR = new LanguageTag("fr");
  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag AR = new LanguageTag("ar");
  private static final LanguageTag PT = new LanguageTag("pt");
  private static final long SENEGAL_ID = 7L;
  private static final long GAMBIA_ID = 8L;

  private static OfficeRef office(long id, String code, LanguageTag... languages) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(languages[0].value(), code);
    return new OfficeRef(
        id,
        new OfficeCode(code),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        languages[0],
        Arrays.asList(languages),
        ZoneId.of("Africa/Dakar"),
        names,
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        false,
        null);
  }

  private final OfficeRef senegal = office(SENEGAL_ID, "senegal", FR, EN, AR);

  private static ItemFacts plain(long office, LanguageTag language) {
    return new ItemFacts(office, language, false, false);
  }

  @Test
  void aSourceTakesOneTranslationPerOtherLanguageOfTheOffice() {
    assertThatCode(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(AR), plain(SENEGAL_ID, EN)))
        .doesNotThrowAnyException();
  }

  @Test
  void aTranslationBelongsToTheOfficeOfItsSource() {
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(), plain(GAMBIA_ID, EN)))
        .isInstanceOf(TranslationRefusedException.class)
        .hasMessageContaining("same office");
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(GAMBIA_ID, FR), Set.of(), plain(SENEGAL_ID, EN)))
        .hasMessageContaining("same office");
  }

  @Test
  void aLanguageIsTranslatedOnce() {
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(EN), plain(SENEGAL_ID, EN)))
        .isInstanceOf(TranslationRefusedException.class)
        .hasMessageContaining("already has a translation into en");
  }

  @Test
  void theSourcesOwnLanguageIsNoTranslation() {
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(), plain(SENEGAL_ID, FR)))
        .hasMessageContaining("in fr already");
  }

  @Test
  void theOfficeMustPublishInTheLanguage() {
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(), plain(SENEGAL_ID, PT)))
        .isInstanceOf(TranslationRefusedException.class)
        .hasMessageContaining("does not publish in pt");
  }

  @Test
  void setsAreFlatNoChains() {
    ItemFacts translation = new ItemFacts(SENEGAL_ID, EN, true, false);
    ItemFacts sourceOfOthers = new ItemFacts(SENEGAL_ID, EN, false, true);

    assertThatThrownBy(
            () -> TranslationRules.checkLink(senegal, translation, Set.of(), plain(SENEGAL_ID, AR)))
        .hasMessageContaining("itself a translation");
    assertThatThrownBy(
            () -> TranslationRules.checkLink(senegal, plain(SENEGAL_ID, FR), Set.of(), translation))
        .hasMessageContaining("already a translation");
    assertThatThrownBy(
            () ->
                TranslationRules.checkLink(
                    senegal, plain(SENEGAL_ID, FR), Set.of(), sourceOfOthers))
        .hasMessageContaining("translations of its own");
  }

  @Test
  void aSharedCopyIsTheSourceOfItsOfficesSetNeverATranslationOfALocalItem() {
    ItemFacts copy = new ItemFacts(SENEGAL_ID, EN, false, false, true);
    // The office translates its copy: the copy is the source, its translations follow it.
    TranslationRules.checkLink(senegal, copy, Set.of(), plain(SENEGAL_ID, FR));
    assertThatThrownBy(
            () -> TranslationRules.checkLink(senegal, plain(SENEGAL_ID, FR), Set.of(), copy))
        .isInstanceOf(TranslationRefusedException.class)
        .hasMessageContaining("copy of an item another office shared");
  }
}
