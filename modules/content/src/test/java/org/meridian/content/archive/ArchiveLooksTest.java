package org.meridian.content.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.content.media.AltTexts;
import org.meridian.content.media.Framing;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.BrandColours;
import org.meridian.tenancy.office.Colour;
import org.meridian.tenancy.office.OfficeBranding;

/**
 * An office's branding and its pictures' framing and alt texts survive the archive as they were,
 * and come in through the same checks as the console's forms.
 */
class ArchiveLooksTest {

  private static final OfficeBranding BRANDED =
      new OfficeBranding(
          new BrandColours(
              new AccentColour("#7a1f3d"),
              new Colour("#fff4d6"),
              new Colour("#ffcc00"),
              new Colour("#1b1f24")),
          55L,
          "compact",
          Map.of("en", "Clean water in every region", "fr", "De l'eau propre partout"));

  @Test
  void theBrandingReadsBackAsItWasWritten() {
    JsonObject json = ArchiveLooks.branding(BRANDED);

    assertThat(json.toString())
        .contains(
            "\"primary\":\"#7a1f3d\"",
            "\"onPrimary\":\"#fff4d6\"",
            "\"accent\":\"#ffcc00\"",
            "\"onAccent\":\"#1b1f24\"",
            "\"variant\":\"compact\"",
            "\"banner\":55");
    assertThat(ArchiveLooks.banner(json)).isEqualTo(55L);
    assertThat(ArchiveLooks.variant(json)).isEqualTo("compact");
    // The banner is the target's picture: the archive's id is renamed by the import.
    assertThat(ArchiveLooks.branding(json, 912L, "compact"))
        .isEqualTo(new OfficeBranding(BRANDED.colours(), 912L, "compact", BRANDED.taglines()));
  }

  @Test
  void anArchiveWithoutBrandingFieldsGetsTheDefaults() {
    JsonObject json = Json.createObjectBuilder().add("primary", "#0b4f8a").build();

    OfficeBranding branding = ArchiveLooks.branding(json, null, ArchiveLooks.variant(json));

    assertThat(branding.colours()).isEqualTo(BrandColours.DEFAULT);
    assertThat(branding.bannerMediaId()).isNull();
    assertThat(branding.variant()).isEqualTo("standard");
    assertThat(branding.taglines()).isEmpty();
    assertThat(ArchiveLooks.banner(json)).isNull();
  }

  @Test
  void anUnreadablePairOrAColourThatIsNotOneIsRefused() {
    JsonObject unreadable =
        Json.createObjectBuilder()
            .add("primary", "#0b4f8a")
            .add("accent", "#ffcc00")
            .add("onAccent", "#ffffff")
            .build();
    assertThatThrownBy(() -> ArchiveLooks.branding(unreadable, null, "standard"))
        .isInstanceOf(RefusedArgumentException.class)
        .hasMessageContaining("Text in #ffffff on #ffcc00");
    JsonObject hostile =
        Json.createObjectBuilder().add("primary", "#fff;}body{display:none").build();
    assertThatThrownBy(() -> ArchiveLooks.branding(hostile, null, "standard"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void framingAndAltTextsReadBackAsTheyWereWritten() {
    Framing framing = Framing.of(80, 30, 40, 10, 60, 50);
    AltTexts alts = new AltTexts(Map.of("fr", "Un fleuve à l'aube", "ar", "نهر عند الفجر"));
    JsonObject media =
        Json.createObjectBuilder()
            .add("id", 12)
            .add("framing", ArchiveLooks.framing(framing))
            .add("altTexts", ArchiveLooks.altTexts(alts))
            .build();

    assertThat(ArchiveLooks.framing(media)).isEqualTo(framing);
    assertThat(ArchiveLooks.altTexts(media)).isEqualTo(alts);
  }

  @Test
  void aFileWithoutFramingOrAltTextsIsWholeWithNone() {
    JsonObject media = Json.createObjectBuilder().add("id", 12).build();

    assertThat(ArchiveLooks.framing(media)).isEqualTo(Framing.WHOLE);
    assertThat(ArchiveLooks.altTexts(media)).isEqualTo(AltTexts.NONE);
  }

  @Test
  void aFramingOutsideThePictureOrALanguageThatIsNotOneIsRefused() {
    JsonObject outside =
        Json.createObjectBuilder()
            .add(
                "framing",
                Json.createObjectBuilder()
                    .add("focusX", 10)
                    .add("focusY", 50)
                    .add("cropX", 50)
                    .add("cropY", 0)
                    .add("cropWidth", 60)
                    .add("cropHeight", 100))
            .build();
    assertThatThrownBy(() -> ArchiveLooks.framing(outside))
        .isInstanceOf(MediaRefusedException.class);
    JsonObject notALanguage =
        Json.createObjectBuilder()
            .add("altTexts", Json.createObjectBuilder().add("<script>", "x"))
            .build();
    assertThatThrownBy(() -> ArchiveLooks.altTexts(notALanguage))
        .isInstanceOf(MediaRefusedException.class);
  }
}
