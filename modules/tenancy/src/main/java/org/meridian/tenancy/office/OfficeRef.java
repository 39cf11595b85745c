package org.meridian.tenancy.office;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a request needs to know about its office, detached from JPA: safe to hold in a request or
 * session for as long as needed.
 */
public record OfficeRef(
    long id,
    OfficeCode code,
    OfficeType type,
    OfficeStatus status,
    LanguageTag defaultLanguage,
    List<LanguageTag> languages,
    ZoneId timeZone,
    Map<String, String> names,
    OfficeCode parent,
    AccentColour accentColour,
    OfficeContact contact,
    Map<String, String> socialLinks,
    boolean delegatesAdministration,
    OfficeBranding branding)
    implements java.io.Serializable {

  public OfficeRef {
    Objects.requireNonNull(code, "code");
    AccentColour accent = accentColour == null ? AccentColour.DEFAULT : accentColour;
    branding =
        branding != null
            ? branding
            : new OfficeBranding(
                new BrandColours(accent, Colour.WHITE, new Colour(accent.hex()), Colour.WHITE),
                null,
                SiteThemes.STANDARD,
                Map.of());
    languages = List.copyOf(languages);
    names = Map.copyOf(names);
    socialLinks = Map.copyOf(socialLinks);
  }

  /** The office's name in {@code language}, else in its default language, else its code. */
  public String name(LanguageTag language) {
    String name = names.get(language.value());
    return name != null ? name : names.getOrDefault(defaultLanguage.value(), code.value());
  }

  public boolean isActive() {
    return status == OfficeStatus.ACTIVE;
  }

  /**
   * Whether this is a regional office whose administrators administer the country offices of its
   * region (HQ decides per region; on by default).
   */
  public boolean administersRegion() {
    return type == OfficeType.REGIONAL && delegatesAdministration;
  }

  /** Whether this office is a country office under the regional office {@code region}. */
  public boolean isInRegionOf(OfficeRef region) {
    return type == OfficeType.COUNTRY
        && region.type() == OfficeType.REGIONAL
        && region.code().equals(parent);
  }

  public boolean publishesIn(LanguageTag language) {
    return languages.contains(language);
  }
}
