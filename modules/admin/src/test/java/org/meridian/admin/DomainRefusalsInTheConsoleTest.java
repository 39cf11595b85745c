package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentType;
import org.meridian.content.Slug;
import org.meridian.content.SlugTakenException;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.media.MediaFile;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQueryException;
import org.meridian.content.syndication.SyndicationRules;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.GrantRules;
import org.meridian.workflow.network.HqOnlyException;

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
    assertThat(ConsoleText.text(locale, "refusal." + refusal.code()))
        .as(refusal.code())
        .doesNotStartWith("???");
    return ConsoleText.refusal(locale, refusal);
  }

  @Test
  void aTypeFieldsValueErrorNamesTheFieldInTheReadersLanguage() {
    Refusal why =
        refusalOn(
            "datelineDate",
            () -> TypeFields.validate(ContentType.NEWS, "{\"datelineDate\":\"14/05\"}"));

    assertThat(why.text())
        .isEqualTo("Dateline date: '14/05' is not a date; write it as 2026-05-14.");
    assertThat(in(Locale.FRENCH, why))
        .isEqualTo(
            "Date de la dépêche : « 14/05 » n’est pas une date ; écrivez-la comme 2026-05-14.");
    assertThat(in(ARABIC, why))
        .isEqualTo("تاريخ الخبر: «14/05» ليس تاريخاً؛ اكتبه هكذا 2026-05-14.");
  }

  @Test
  void aRowOfARepeatedFieldAndARequiredFieldAreNamedInTheReadersLanguage() {
    Refusal row =
        refusalOn(
            "quotes",
            () ->
                TypeFields.validate(
                    ContentType.NEWS, "{\"quotes\":[{\"text\":\"Yes\",\"attribution\":\"\"}]}"));
    Refusal required = refusalOn("start", () -> TypeFields.validate(ContentType.EVENT, "{}"));

    assertThat(row.text()).isEqualTo("Quotes (1): say who said it.");
    assertThat(in(Locale.FRENCH, row)).isEqualTo("Citations (1) : indiquez qui l’a dit.");
    assertThat(in(ARABIC, row)).isEqualTo("اقتباسات (1): اذكر قائله.");
    assertThat(required.text()).isEqualTo("Starts is required.");
    assertThat(in(Locale.FRENCH, required)).isEqualTo("Début est obligatoire.");
  }

  @Test
  void aSharedCopysLockedFieldNamesTheFieldInTheReadersLanguage() {
    Refusal why =
        refusalOn(
            "title",
            () ->
                SyndicationRules.requireOnlyUnlockedChanged(
                    ContentType.NEWS, Set.of("title"), Set.of("title", "body"), "hq"));

    assertThat(why.text())
        .isEqualTo("Title is locked by hq: a shared copy keeps the source's title.");
    assertThat(in(Locale.FRENCH, why))
        .isEqualTo(
            "Titre est verrouillé par hq : une copie partagée garde le champ « titre » de la"
                + " source.");
    assertThat(in(ARABIC, why))
        .isEqualTo("العنوان مقفل من قِبل hq: تحتفظ النسخة المشتركة بحقل «العنوان» من المصدر.");
  }

  @Test
  void aMissingItemAndTheOtherServicesRefusalsReadInTheReadersLanguage() {
    ContentNotFoundException missing = ContentNotFoundException.item(12);
    SearchQueryException tooLong =
        catchThrowableOfType(() -> SearchQuery.of("x".repeat(5000)), SearchQueryException.class);

    assertThat(missing.getMessage()).isEqualTo("Item 12 does not exist in this office");
    assertThat(in(Locale.FRENCH, missing.refusal()))
        .isEqualTo("L’élément 12 n’existe pas dans ce bureau");
    assertThat(in(ARABIC, missing.refusal())).isEqualTo("العنصر 12 غير موجود في هذا المكتب");
    assertThat(in(Locale.FRENCH, tooLong.refusal())).startsWith("Cherchez au plus ");
    assertThat(in(Locale.FRENCH, new HqOnlyException("ed@x.org").refusal()))
        .isEqualTo(
            "Seuls les administrateurs du siège lisent à travers les bureaux ; ed@x.org n’en est"
                + " pas un");
  }

  private static Refusal refusalOn(String field, Runnable invalid) {
    InvalidFieldsException refused =
        catchThrowableOfType(invalid::run, InvalidFieldsException.class);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.refusals()).as("errors by code").containsKey(field);
    return refused.refusals().get(field);
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
        Map.of(),
        false,
        null);
  }
}
