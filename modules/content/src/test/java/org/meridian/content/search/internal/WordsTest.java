package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

class WordsTest {

  @Test
  void cutsTextIntoLowerCaseFoldedWords() {
    assertEquals(
        List.of("l", "ete", "2024", "covid", "19", "migrants"),
        Words.of("L'été 2024: COVID-19, migrants!"));
  }

  @Test
  void keepsArabicWordsWholeAndDropsTheirHarakat() {
    assertEquals(List.of("الهجرة", "والتنمية"), Words.of("الْهِجْرَة والتنمية"));
  }

  @Test
  void foldsAccentsAndLettersWrittenWithoutThem() {
    assertEquals("reintegration Senegal echanges", Words.fold("réintégration Sénégal échanges"));
    assertEquals("CAFE NAIVE", Words.fold("CAFÉ NAÏVE"));
    assertEquals("strasse oeuvre aeroskobing lodz", Words.fold("straße œuvre ærøskøbing łódź"));
    assertEquals("ανθρωπος", Words.fold("άνθρωπος"));
    assertEquals("jamm", Words.key("Jàmm"));
    assertEquals("istanbul", Words.key("İstanbul"));
  }

  @Test
  void foldsArabicHarakatHamzaSeatsAndTatweel() {
    assertEquals("الهجرة", Words.fold("الْهِجْرَةُ"));
    assertEquals("الهجرة", Words.fold("الهجـــرة"));
    assertEquals("اعادة الادماج", Words.fold("إعادة الإدماج"));
    assertEquals("الامنة", Words.fold("الآمنة"));
  }

  @Test
  void leavesTheMarksOfOtherScriptsAlone() {
    assertEquals("प्रवासन", Words.fold("प्रवासन"));
    assertEquals(List.of("प्रवासन"), Words.of("प्रवासन"));
    assertEquals("移民 ok", Words.fold("移民 ok"));
  }

  @Test
  void foldingKeepsTheSeparatorsWhereTheyAre() {
    String text = "Échanges, l'eau — réunion à Thiès.";
    assertEquals(Words.of(text), Words.of(Words.fold(text)));
  }

  @Test
  void segmentsGiveTheTextBack() {
    String text = "Water, <b>sanitation</b> & hygiene";
    StringBuilder joined = new StringBuilder();
    Words.segments(text).forEach(s -> joined.append(s.text()));
    assertEquals(text, joined.toString());
  }

  @Test
  void dropsOverlongWords() {
    assertEquals(List.of("ok"), Words.of("ok " + "x".repeat(Words.MAX_WORD + 1)));
  }

  @Test
  void storableTextHasNoControlOrHighlightCharacters() {
    String stored = Words.storable("a\u0000b\uE000c\uE001d\ne");
    assertEquals("a b c d\ne", stored);
  }

  @Test
  void stemsEachLanguageWithItsOwnStemmer() {
    UnaryOperator<String> english = Stemmers.of(new LanguageTag("en"));
    assertEquals(english.apply("communities"), english.apply("community"));
    assertEquals(english.apply("adapting"), english.apply("adaptation").substring(0, 5));
    UnaryOperator<String> french = Stemmers.of(new LanguageTag("fr"));
    assertEquals(french.apply("agriculteurs"), french.apply("agriculteur"));
    UnaryOperator<String> spanish = Stemmers.of(new LanguageTag("es"));
    assertEquals(spanish.apply("migraciones"), spanish.apply("migración"));
    UnaryOperator<String> portuguese = Stemmers.of(new LanguageTag("pt"));
    assertEquals(portuguese.apply("comunidades"), portuguese.apply("comunidade"));
    assertTrue(Stemmers.stems(new LanguageTag("ar")));
  }

  @Test
  void languagesWithoutAStemmerMatchWordForWord() {
    assertFalse(Stemmers.stems(new LanguageTag("wo")));
    assertEquals("jàmm", Stemmers.of(new LanguageTag("wo")).apply("jàmm"));
  }

  @Test
  void postgresConfigurationsFallBackToSimple() {
    TextConfigs configs = new TextConfigs(java.util.Set.of("simple", "english", "french"));
    assertEquals("english", configs.of(new LanguageTag("en")));
    assertEquals("french", configs.of(new LanguageTag("fr")));
    assertEquals("simple", configs.of(new LanguageTag("pt")));
    assertEquals("simple", configs.of(new LanguageTag("wo")));
    assertEquals("'french'::regconfig", configs.literal(new LanguageTag("fr")));
    assertEquals("'simple'::regconfig", configs.literal(new LanguageTag("wo")));
  }
}
