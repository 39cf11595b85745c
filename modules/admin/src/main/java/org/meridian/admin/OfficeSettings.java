package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.SocialNetwork;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficeAction;

/**
 * An office's public profile: names, brand colour (with its contrast against white shown as it is
 * typed), contact details, social links and time zone. Office administrators edit their office; HQ
 * administrators any office ({@code ?office=code}).
 */
@Named
@ViewScoped
public class OfficeSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficeDirectory offices;
  @Inject private CurrentOffice currentOffice;
  @Inject private OfficeLogos logos;

  private transient jakarta.servlet.http.Part logoFile;

  private OfficeRef office;
  private final Map<String, String> names = new LinkedHashMap<>();
  private String accentColour;
  private String email;
  private String phone;
  private String postalAddress;
  private final Map<String, String> social = new LinkedHashMap<>();
  private String timeZone;

  @PostConstruct
  void init() {
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("office");
    if (currentOffice.mayInNetwork(NetworkAction.MANAGE_OFFICES) && wanted != null) {
      office = OfficeCode.parse(wanted).flatMap(offices::find).orElse(null);
    } else if (currentOffice.may(OfficeAction.CHANGE_SETTINGS)) {
      office = currentOffice.getCurrent().office();
    }
    if (office != null) {
      load(office);
    }
  }

  private void load(OfficeRef ref) {
    names.clear();
    ref.languages().forEach(l -> names.put(l.value(), ref.names().getOrDefault(l.value(), "")));
    accentColour = ref.accentColour().hex();
    email = ref.contact().email();
    phone = ref.contact().phone();
    postalAddress = ref.contact().postalAddress();
    social.clear();
    for (SocialNetwork network : SocialNetwork.values()) {
      social.put(network.name(), ref.socialLinks().getOrDefault(network.name(), ""));
    }
    timeZone = ref.timeZone().getId();
  }

  public boolean isAllowed() {
    return office != null;
  }

  public void save() {
    if (office == null) {
      Messages.error("settings.may_not_change");
      return;
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
    } catch (DateTimeException e) {
      Messages.errorOn("settings:timeZone", "settings.bad_time_zone_0", timeZone);
      return;
    }
    AccentColour colour;
    try {
      colour = new AccentColour(accentColour);
    } catch (IllegalArgumentException e) {
      Messages.refusalOn("settings:accentColour", e);
      return;
    }
    try {
      Map<LanguageTag, String> named = new LinkedHashMap<>();
      // Faces submits empty fields as null.
      names.forEach((lang, name) -> named.put(new LanguageTag(lang), name == null ? "" : name));
      Map<SocialNetwork, String> links = new EnumMap<>(SocialNetwork.class);
      social.forEach(
          (network, url) -> links.put(SocialNetwork.valueOf(network), url == null ? "" : url));
      office =
          offices.updateProfile(
              office.code(),
              new OfficeProfile(
                  named, colour, new OfficeContact(email, phone, postalAddress), links, zone),
              currentOffice.getEmail());
      load(office);
      Messages.info("settings.saved_0", office.code());
    } catch (IllegalArgumentException | IllegalStateException refused) {
      Messages.refusal(refused);
    }
  }

  /** Replaces the office's logo with the uploaded file, checked by its content. */
  public void uploadLogo() {
    if (office == null) {
      Messages.error("settings.may_not_change");
      return;
    }
    if (logoFile == null || logoFile.getSize() == 0) {
      Messages.errorOn("logo:file", "settings.choose_logo");
      return;
    }
    if (logoFile.getSize() > LogoImage.MAX_BYTES) {
      Messages.errorOn(
          "logo:file",
          "settings.logo_too_big_0_1",
          logoFile.getSize() / 1024,
          LogoImage.MAX_BYTES / 1024);
      return;
    }
    try (var in = logoFile.getInputStream()) {
      logos.replace(
          office.code(),
          LogoImage.of(in.readNBytes(LogoImage.MAX_BYTES + 1)),
          currentOffice.getEmail());
      Messages.info("settings.logo_replaced_0", office.code());
    } catch (IllegalArgumentException refused) {
      Messages.refusalOn("logo:file", refused);
    } catch (java.io.IOException e) {
      Messages.errorOn("logo:file", "common.upload_interrupted");
    }
  }

  public void removeLogo() {
    if (office == null) {
      Messages.error("settings.may_not_change");
      return;
    }
    try {
      logos.remove(office.code(), currentOffice.getEmail());
      Messages.info("settings.logo_removed_0", office.code());
    } catch (IllegalStateException refused) {
      Messages.refusal(refused);
    }
  }

  public boolean isHasLogo() {
    return office != null && logos.find(office.code()).isPresent();
  }

  public jakarta.servlet.http.Part getLogoFile() {
    return logoFile;
  }

  public void setLogoFile(jakarta.servlet.http.Part logoFile) {
    this.logoFile = logoFile;
  }

  /** The colour's contrast against white, for the live check; empty when it is not a colour. */
  public String getContrast() {
    String hex = accentColour == null ? "" : accentColour.strip().toLowerCase(Locale.ROOT);
    if (!hex.matches("#[0-9a-f]{6}")) {
      return "";
    }
    double ratio = AccentColour.contrastWithWhite(hex);
    return String.format(
        Locale.ROOT,
        "%.2f:1 against white — %s",
        ratio,
        ratio >= AccentColour.MIN_CONTRAST
            ? "readable (WCAG AA)"
            : "too light: choose a darker colour");
  }

  public boolean isContrastOk() {
    String hex = accentColour == null ? "" : accentColour.strip().toLowerCase(Locale.ROOT);
    return hex.matches("#[0-9a-f]{6}")
        && AccentColour.contrastWithWhite(hex) >= AccentColour.MIN_CONTRAST;
  }

  public OfficeRef getOffice() {
    return office;
  }

  /**
   * The office's languages in which the public site has no words of its own: its pages show English
   * menus, buttons and messages around the office's content there.
   */
  public String getLanguagesWithoutSiteWords() {
    return office.languages().stream()
        .map(org.meridian.tenancy.office.LanguageTag::value)
        .filter(tag -> !org.meridian.tenancy.office.SiteLanguages.hasWords(tag))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public List<String> getLanguages() {
    return new ArrayList<>(names.keySet());
  }

  public Map<String, String> getNames() {
    return names;
  }

  public Map<String, String> getSocial() {
    return social;
  }

  public List<String> getNetworks() {
    return new ArrayList<>(social.keySet());
  }

  public String getAccentColour() {
    return accentColour;
  }

  public void setAccentColour(String accentColour) {
    this.accentColour = accentColour;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
