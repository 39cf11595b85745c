package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.SocialNetwork;

/**
 * The office an import creates, with the archive's settings, or finds: its own transaction, as each
 * part of an import has.
 */
@ApplicationScoped
@Transactional
public class ArchiveOffices {

  @Inject private OfficeDirectory offices;

  /**
   * Creates the office {@code code} with the archive's settings (not its host names, which belong
   * to the source). An HQ archive comes in as a country office; a parent this network lacks is
   * replaced by HQ.
   */
  public OfficeRef createOffice(OfficeCode code, JsonObject json, String actor) {
    List<LanguageTag> languages = new ArrayList<>();
    json.getJsonArray("languages")
        .getValuesAs(JsonString.class)
        .forEach(l -> languages.add(new LanguageTag(l.getString())));
    Map<LanguageTag, String> names = new LinkedHashMap<>();
    json.getJsonObject("names")
        .forEach((lang, name) -> names.put(new LanguageTag(lang), ((JsonString) name).getString()));
    OfficeType type = OfficeType.valueOf(json.getString("type", "COUNTRY"));
    OfficeRef hq =
        offices.all().stream()
            .filter(o -> o.type() == OfficeType.HQ)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The network has no HQ"));
    Office parent = offices.load(hq.code());
    if (type == OfficeType.HQ) {
      type = OfficeType.COUNTRY;
    } else if (type == OfficeType.COUNTRY && json.containsKey("parent")) {
      var wanted = offices.find(new OfficeCode(json.getString("parent")));
      if (wanted.isPresent() && wanted.get().type() == OfficeType.REGIONAL) {
        parent = offices.load(wanted.get().code());
      }
    }
    ZoneId zone = ZoneId.of(json.getString("timeZone", "UTC"));
    OfficeRef created =
        offices.create(new Office(code, type, parent, languages, zone, names), actor);
    JsonObject contact = json.getJsonObject("contact");
    Map<SocialNetwork, String> social = new LinkedHashMap<>();
    JsonObject links = json.getJsonObject("socialLinks");
    if (links != null) {
      links.forEach(
          (network, url) -> {
            for (SocialNetwork n : SocialNetwork.values()) {
              if (n.name().equalsIgnoreCase(network)) {
                social.put(n, ((JsonString) url).getString());
              }
            }
          });
    }
    return offices.updateProfile(
        code,
        new OfficeProfile(
            names,
            new AccentColour(json.getString("accentColour", AccentColour.DEFAULT.hex())),
            new OfficeContact(
                contact == null ? null : contact.getString("email", null),
                contact == null ? null : contact.getString("phone", null),
                contact == null ? null : contact.getString("postalAddress", null)),
            social,
            zone),
        actor);
  }

  /**
   * The office {@code code}, if the network has it (in a transaction: background imports have
   * none).
   */
  public java.util.Optional<OfficeRef> findOffice(OfficeCode code) {
    return offices.find(code);
  }
}
