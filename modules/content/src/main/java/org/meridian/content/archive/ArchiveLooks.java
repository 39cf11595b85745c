package org.meridian.content.archive;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meridian.content.fields.Jsons;
import org.meridian.content.media.AltTexts;
import org.meridian.content.media.Framing;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.BrandColours;
import org.meridian.tenancy.office.Colour;
import org.meridian.tenancy.office.OfficeBranding;
import org.meridian.tenancy.office.SiteThemes;

/**
 * How an office and its pictures look, as the archive writes and reads them ({@code
 * docs/archive.md} : {@code office.json}'s {@code branding}, {@code media.json}'s {@code framing}
 * and {@code altTexts}): pure conversions, checked on the way in by the same value types as the
 * console's forms (a colour pair that is not readable, a crop outside the picture, a language that
 * is not one are refused). Absent fields (an archive written before they were added) read as the
 * defaults.
 */
final class ArchiveLooks {

  private ArchiveLooks() {}

  /**
   * {@code office.json}'s {@code branding}: colours, banner (an archive media id), variant,
   * taglines.
   */
  static JsonObject branding(OfficeBranding branding) {
    BrandColours colours = branding.colours();
    JsonObjectBuilder taglines = Jsons.createObjectBuilder();
    new java.util.TreeMap<>(branding.taglines()).forEach(taglines::add);
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("primary", colours.primary().hex())
            .add("onPrimary", colours.onPrimary().hex())
            .add("accent", colours.accent().hex())
            .add("onAccent", colours.onAccent().hex())
            .add("variant", branding.variant())
            .add("taglines", taglines);
    if (branding.bannerMediaId() != null) {
      json.add("banner", branding.bannerMediaId());
    }
    return json.build();
  }

  /** The archive media id of the banner, or {@code null}. */
  static Long banner(JsonObject branding) {
    JsonNumber banner = branding.getJsonNumber("banner");
    return banner == null ? null : banner.longValue();
  }

  /**
   * The branding {@code json} describes, with {@code banner} (the target's id of its picture, or
   * {@code null}) and {@code variant} (the one to use: the archive's when this server has it).
   *
   * @throws IllegalArgumentException when a colour is not one, or a pair is not readable
   */
  static OfficeBranding branding(JsonObject json, Long banner, String variant) {
    BrandColours defaults = BrandColours.DEFAULT;
    AccentColour primary = new AccentColour(json.getString("primary", defaults.primary().hex()));
    Map<String, String> taglines = new LinkedHashMap<>();
    JsonObject lines = json.getJsonObject("taglines");
    if (lines != null) {
      lines.forEach(
          (language, text) -> {
            if (text instanceof JsonString s) {
              taglines.put(language, s.getString());
            }
          });
    }
    return new OfficeBranding(
        new BrandColours(
            primary,
            new Colour(json.getString("onPrimary", defaults.onPrimary().hex())),
            new Colour(json.getString("accent", primary.hex())),
            new Colour(json.getString("onAccent", defaults.onAccent().hex()))),
        banner,
        variant,
        taglines);
  }

  /** The variant the archive names ({@link SiteThemes#STANDARD} when it names none). */
  static String variant(JsonObject branding) {
    String variant = branding.getString("variant", SiteThemes.STANDARD);
    return variant.isBlank() ? SiteThemes.STANDARD : variant.strip();
  }

  /** {@code media.json}'s {@code framing}: focal point and crop, per cent of the picture. */
  static JsonObject framing(Framing framing) {
    return Jsons.createObjectBuilder()
        .add("focusX", framing.focusX())
        .add("focusY", framing.focusY())
        .add("cropX", framing.cropX())
        .add("cropY", framing.cropY())
        .add("cropWidth", framing.cropWidth())
        .add("cropHeight", framing.cropHeight())
        .build();
  }

  /**
   * The framing a media entry describes; the whole picture when it has none.
   *
   * @throws org.meridian.content.media.MediaRefusedException when it is not a framing
   */
  static Framing framing(JsonObject media) {
    JsonValue value = media.get("framing");
    if (!(value instanceof JsonObject f)) {
      return Framing.WHOLE;
    }
    return Framing.of(
        f.getInt("focusX", 50),
        f.getInt("focusY", 50),
        f.getInt("cropX", 0),
        f.getInt("cropY", 0),
        f.getInt("cropWidth", 100),
        f.getInt("cropHeight", 100));
  }

  /** {@code media.json}'s {@code altTexts}: the alt text by language, beside the default one. */
  static JsonObject altTexts(AltTexts texts) {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    texts.byLanguage().forEach(json::add);
    return json.build();
  }

  /**
   * The alt texts by language a media entry gives; none when it has none.
   *
   * @throws org.meridian.content.media.MediaRefusedException when a language is not one or a text
   *     is too long
   */
  static AltTexts altTexts(JsonObject media) {
    JsonValue value = media.get("altTexts");
    if (!(value instanceof JsonObject texts)) {
      return AltTexts.NONE;
    }
    Map<String, String> byLanguage = new LinkedHashMap<>();
    texts.forEach(
        (language, text) -> {
          if (text instanceof JsonString s) {
            byLanguage.put(language, s.getString());
          }
        });
    return new AltTexts(byLanguage);
  }
}
