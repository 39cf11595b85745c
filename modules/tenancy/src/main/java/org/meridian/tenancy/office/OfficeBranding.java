package org.meridian.tenancy.office;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * How an office's public site looks beyond its names and logo: its colours (checked in pairs,
 * {@link BrandColours}), an optional banner picture from its media library, the theme variant it is
 * drawn in ({@link SiteThemes}) and its tagline per language (the home page's description for
 * search engines and under its name).
 *
 * @param bannerMediaId a picture of the office's own library, {@code null} for none
 * @param variant a theme variant's name, {@link SiteThemes#STANDARD} for the network theme alone
 * @param taglines by language tag; a language without one has none
 */
public record OfficeBranding(
    BrandColours colours, Long bannerMediaId, String variant, Map<String, String> taglines)
    implements java.io.Serializable {

  /** A variant's name: lower case letters, digits and hyphens, as a directory is named. */
  public static final Pattern VARIANT_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** The longest tagline: a search engine shows about this much of a description. */
  public static final int MAX_TAGLINE = 300;

  public static final OfficeBranding DEFAULT =
      new OfficeBranding(BrandColours.DEFAULT, null, SiteThemes.STANDARD, Map.of());

  public OfficeBranding {
    Objects.requireNonNull(colours, "colours");
    variant = variant == null || variant.isBlank() ? SiteThemes.STANDARD : variant.strip();
    if (!VARIANT_NAME.matcher(variant).matches()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.variant_name_0",
              "A theme variant is named with lower-case letters, digits and hyphens: got '{0}'",
              variant));
    }
    java.util.Map<String, String> kept = new java.util.HashMap<>();
    (taglines == null ? Map.<String, String>of() : taglines)
        .forEach(
            (language, text) -> {
              if (text != null && !text.isBlank()) {
                String tagline = text.strip().replaceAll("\\s+", " ");
                if (tagline.length() > MAX_TAGLINE) {
                  throw new RefusedArgumentException(
                      Refusal.of(
                          "office.tagline_at_most_0",
                          "A tagline has at most {0} characters",
                          MAX_TAGLINE));
                }
                kept.put(language, tagline);
              }
            });
    taglines = Map.copyOf(kept);
  }

  /** The tagline in {@code language}, or {@code null}. */
  public String tagline(LanguageTag language) {
    return taglines.get(language.value());
  }
}
