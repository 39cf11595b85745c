package org.meridian.content;

import java.util.List;
import org.meridian.content.fields.FieldError;
import org.meridian.tenancy.Refusal;

/**
 * The fields every revision has besides its text: a hero image (a media id) with its alternative
 * text, which is required unless the image is marked decorative; the description search engines
 * show; and the image social networks show. Media ids are plain ids here: the media library checks
 * them (see {@code MediaUses#recordUsesOf}).
 */
public record CommonFields(
    Long heroImageId,
    String heroAlt,
    boolean heroDecorative,
    String seoDescription,
    Long socialImageId)
    implements java.io.Serializable {

  public static final int ALT_MAX = 300;
  public static final int SEO_DESCRIPTION_MAX = 300;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  public static final CommonFields NONE = new CommonFields(null, "", false, "", null);

  public CommonFields {
    heroAlt = heroImageId == null ? "" : oneLine(heroAlt);
    heroDecorative = heroImageId != null && heroDecorative;
    seoDescription = oneLine(seoDescription);
  }

  /**
   * {@code text} stripped, each run of white space one space; "" for none. The pattern is compiled
   * once: every live item a page lists makes a {@code CommonFields} (String.replaceAll compiled it
   * for each, most often over an empty text).
   */
  private static String oneLine(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.isEmpty() ? "" : SPACES.matcher(stripped).replaceAll(" ");
  }

  /** What an editor must fix before these fields can be saved; empty when they are fine. */
  List<FieldError> problems() {
    List<FieldError> problems = new java.util.ArrayList<>();
    if (heroImageId != null && heroImageId <= 0) {
      problems.add(
          new FieldError(
              "heroImage",
              Refusal.of(
                  "fields.hero_image_media_id",
                  "The hero image is a media id (a positive number).")));
    }
    if (heroImageId != null && !heroDecorative && heroAlt.isEmpty()) {
      problems.add(
          new FieldError(
              "heroAlt",
              Refusal.of(
                  "fields.hero_alt_needed",
                  "Describe the hero image for people who cannot see it, or mark it as"
                      + " decorative.")));
    }
    if (heroAlt.length() > ALT_MAX) {
      problems.add(
          new FieldError(
              "heroAlt",
              Refusal.of(
                  "fields.hero_alt_too_long_0",
                  "The alternative text has at most {0} characters.",
                  ALT_MAX)));
    }
    if (seoDescription.length() > SEO_DESCRIPTION_MAX) {
      problems.add(
          new FieldError(
              "seoDescription",
              Refusal.of(
                  "fields.seo_description_too_long_0_1",
                  "The search description has at most {0} characters (this one has {1}).",
                  SEO_DESCRIPTION_MAX,
                  seoDescription.length())));
    }
    if (socialImageId != null && socialImageId <= 0) {
      problems.add(
          new FieldError(
              "socialImage",
              Refusal.of(
                  "fields.social_image_media_id",
                  "The social image is a media id (a positive number).")));
    }
    return problems;
  }
}
