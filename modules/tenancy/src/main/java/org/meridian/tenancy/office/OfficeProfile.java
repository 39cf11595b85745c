package org.meridian.tenancy.office;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * What an office's administrators say about it publicly: its names per language, brand colour,
 * contact details, social links (a blank address removes one) and time zone.
 */
public record OfficeProfile(
    Map<LanguageTag, String> names,
    AccentColour accentColour,
    OfficeContact contact,
    Map<SocialNetwork, String> socialLinks,
    ZoneId timeZone) {

  public OfficeProfile {
    names = Map.copyOf(names);
    Objects.requireNonNull(accentColour, "accentColour");
    Objects.requireNonNull(contact, "contact");
    socialLinks = Map.copyOf(socialLinks);
    Objects.requireNonNull(timeZone, "timeZone");
  }

  /** Applies the profile to the office; throws before anything is changed if a part is refused. */
  void applyTo(Office office) {
    socialLinks.forEach(
        (network, url) -> {
          if (url != null && !url.isBlank()) {
            network.requireLink(url);
          }
        });
    names.forEach(office::rename);
    office.rebrand(accentColour);
    office.changeContact(contact);
    socialLinks.forEach(office::linkSocial);
    office.moveToTimeZone(timeZone);
  }
}
