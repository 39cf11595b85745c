package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.Slug;
import org.meridian.content.SlugTakenException;
import org.meridian.content.media.MediaFile;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.GrantRules;

/**
 * Refusals converted to codes (issue 16, item 7) keep their English for the API and read in the
 * console's languages from the bundles.
 */
class DomainRefusalsInTheConsoleTest {

  private static final Locale ARABIC = Locale.forLanguageTag("ar");

  @Test
  void grantRulesSayWhoManagesAnOfficesPeopleInEachLanguage() {
    Refusal why = GrantRules.of(List.of()).refusalToManage(senegal()).orElseThrow();

    assertThat(why.text())
        .isEqualTo(
            "Only the administrators of senegal, of its regional office and HQ administrators"
                + " manage the people of senegal.");
    assertThat(in(Locale.FRENCH, why))
        .isEqualTo(
            "Seuls les administrateurs de senegal, de son bureau régional et les administrateurs"
                + " du siège gèrent les personnes de senegal.");
    assertThat(in(ARABIC, why))
        .isEqualTo("لا يدير أشخاص senegal إلا مشرفو senegal ومشرفو مكتبه الإقليمي ومشرفو المقر.");
  }

  @Test
  void aTakenAddressKeepsItsEnglishAndReadsInFrench() {
    SlugTakenException taken = new SlugTakenException(new Slug("about-us"), "fr");

    assertThat(taken.getMessage())
        .isEqualTo("The address 'about-us' is already used in fr: choose another slug");
    assertThat(in(Locale.FRENCH, taken.refusal()))
        .isEqualTo("L’adresse « about-us » est déjà utilisée en fr : choisissez un autre slug");
  }

  @Test
  void aFileTheLibraryDoesNotAcceptSaysWhatItLooksLikeInFrench() {
    byte[] html = "<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8);
    MediaRefusedException refused = null;
    try {
      MediaFile.check("holiday.jpg", html, MediaLimits.DEFAULTS);
    } catch (MediaRefusedException e) {
      refused = e;
    }
    assertThat(refused).as("refused").isNotNull();

    assertThat(refused.getMessage())
        .isEqualTo(
            "'holiday.jpg' is not a file the library accepts: its content is not one of JPEG, PNG,"
                + " GIF or WebP images, PDF files and Word, Excel or PowerPoint documents (it looks"
                + " like HTML or XML). Files are checked by what they contain, not by their name.");
    assertThat(in(Locale.FRENCH, refused.refusal()))
        .startsWith("« holiday.jpg » n’est pas un fichier que la médiathèque accepte")
        .contains("il ressemble à du HTML ou du XML");
  }

  private static String in(Locale locale, Refusal refusal) {
    String text = ConsoleText.text(locale, "refusal." + refusal.code(), refusal.args().toArray());
    assertThat(text).as(refusal.code()).doesNotStartWith("???");
    return text;
  }

  private static OfficeRef senegal() {
    LanguageTag fr = new LanguageTag("fr");
    return new OfficeRef(
        3,
        new OfficeCode("senegal"),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        fr,
        List.of(fr),
        ZoneId.of("UTC"),
        Map.of(),
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of());
  }
}
