package org.meridian.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.meridian.content.CommonFields;

/**
 * The fields every item has besides its text, as {@code PUT} and {@code PATCH} send them: {@code
 * heroImage} ({@code {"id", "alt", "decorative"}}, replaced as a whole; {@code null} removes it),
 * {@code seoDescription} ({@code null} clears it) and {@code socialImage} (a media id; {@code null}
 * removes it). A member not sent keeps its value. Media ids must be of the office's library or
 * HQ's: the media library checks them when the revision is saved.
 */
final class CommonFieldsPatch {

  static final List<String> MEMBERS = List.of("heroImage", "seoDescription", "socialImage");

  private static final Set<String> HERO_MEMBERS = Set.of("id", "alt", "decorative");

  private CommonFieldsPatch() {}

  /** Names every member of the wrong shape in {@code problems}. */
  static void check(JsonObject json, BodyProblems problems) {
    JsonValue hero = json.get("heroImage");
    if (hero != null && hero != JsonValue.NULL) {
      if (!(hero instanceof JsonObject image)) {
        problems.add(
            "heroImage",
            FieldProblem.WRONG_TYPE,
            "The field 'heroImage' must be {\"id\", \"alt\", \"decorative\"} or null");
      } else {
        for (String member : image.keySet()) {
          if (!HERO_MEMBERS.contains(member)) {
            problems.add(
                "heroImage." + member,
                FieldProblem.UNKNOWN_FIELD,
                "'heroImage' has no member '" + member + "': send id, alt and decorative");
          }
        }
        if (!isMediaId(image.get("id"))) {
          problems.add(
              "heroImage.id",
              image.containsKey("id") ? FieldProblem.WRONG_TYPE : FieldProblem.REQUIRED,
              "The field 'heroImage.id' must be a media id (1, 2, …)");
        }
        JsonValue alt = image.get("alt");
        if (alt != null && !(alt instanceof JsonString)) {
          problems.add(
              "heroImage.alt",
              FieldProblem.WRONG_TYPE,
              "The field 'heroImage.alt' must be a string");
        }
        JsonValue decorative = image.get("decorative");
        if (decorative != null && decorative != JsonValue.TRUE && decorative != JsonValue.FALSE) {
          problems.add(
              "heroImage.decorative",
              FieldProblem.WRONG_TYPE,
              "The field 'heroImage.decorative' must be true or false");
        }
      }
    }
    JsonValue seo = json.get("seoDescription");
    if (seo != null && seo != JsonValue.NULL && !(seo instanceof JsonString)) {
      problems.add(
          "seoDescription", FieldProblem.WRONG_TYPE, "The field 'seoDescription' must be a string");
    }
    JsonValue social = json.get("socialImage");
    if (social != null && social != JsonValue.NULL && !isMediaId(social)) {
      problems.add(
          "socialImage", FieldProblem.WRONG_TYPE, "The field 'socialImage' must be a media id");
    }
  }

  /** {@code latest} with the members {@code patch} sends (already checked). */
  static CommonFields apply(JsonObject patch, CommonFields latest) {
    Long heroId = latest.heroImageId();
    String heroAlt = latest.heroAlt();
    boolean heroDecorative = latest.heroDecorative();
    if (patch.containsKey("heroImage")) {
      JsonValue hero = patch.get("heroImage");
      if (hero == JsonValue.NULL) {
        heroId = null;
        heroAlt = "";
        heroDecorative = false;
      } else {
        JsonObject image = hero.asJsonObject();
        heroId = image.getJsonNumber("id").longValue();
        heroAlt = image.getString("alt", "");
        heroDecorative = image.getBoolean("decorative", false);
      }
    }
    String seo = latest.seoDescription();
    if (patch.containsKey("seoDescription")) {
      seo = patch.isNull("seoDescription") ? "" : patch.getString("seoDescription");
    }
    Long social = latest.socialImageId();
    if (patch.containsKey("socialImage")) {
      social = patch.isNull("socialImage") ? null : patch.getJsonNumber("socialImage").longValue();
    }
    return new CommonFields(heroId, heroAlt, heroDecorative, seo, social);
  }

  private static boolean isMediaId(JsonValue value) {
    return value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigIntegerValue().signum() > 0
        && number.bigIntegerValue().bitLength() < 64;
  }
}
