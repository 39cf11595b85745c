package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.BrandColours;
import org.meridian.tenancy.office.Colour;
import org.meridian.tenancy.office.OfficeBranding;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.SiteThemes;

/**
 * The office settings page's branding form: the text colour on the brand colour, the accent colour
 * and the text on it (each pair refused, on its field, when it is not readable: WCAG AA), a banner
 * picture from the office's own media library, the theme variant, and a tagline per language. Shown
 * to those who may change the office's settings ({@link OfficeSettings} decides which office; the
 * rule is {@link OfficeDirectory#requireMayChangeSettings}, checked again when saving).
 */
@Named("officeBranding")
@ViewScoped
public class OfficeBrandingSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficeSettings settings;
  @Inject private CurrentOffice currentOffice;
  @Inject private OfficeDirectory offices;
  @Inject private SiteThemes themes;
  @Inject private MediaLibrary media;

  private String onPrimary;
  private String accent;
  private String onAccent;
  private String banner;
  private String variant;
  private final Map<String, String> taglines = new LinkedHashMap<>();

  @PostConstruct
  void init() {
    if (settings.getOffice() != null) {
      load(settings.getOffice());
    }
  }

  private void load(OfficeRef office) {
    OfficeBranding branding = office.branding();
    onPrimary = branding.colours().onPrimary().hex();
    accent = branding.colours().accent().hex();
    onAccent = branding.colours().onAccent().hex();
    banner = branding.bannerMediaId() == null ? "" : branding.bannerMediaId().toString();
    variant = branding.variant();
    taglines.clear();
    office
        .languages()
        .forEach(l -> taglines.put(l.value(), branding.taglines().getOrDefault(l.value(), "")));
  }

  public boolean isAllowed() {
    return settings.getOffice() != null;
  }

  /**
   * Whether the office is the one the console works for: its media library is the one the banner
   * comes from (an HQ administrator looking at another office keeps that office's banner).
   */
  public boolean isOwnLibrary() {
    OfficeRef office = settings.getOffice();
    return office != null
        && currentOffice.getCurrent() != null
        && currentOffice.getCurrent().office().code().equals(office.code());
  }

  public void save() {
    OfficeRef office = settings.getOffice();
    if (office == null) {
      Messages.error("settings.may_not_change");
      return;
    }
    Colour text = colour("branding:onPrimary", onPrimary);
    Colour second = colour("branding:accent", accent);
    Colour textOnSecond = colour("branding:onAccent", onAccent);
    if (text == null || second == null || textOnSecond == null) {
      return;
    }
    // The primary colour is the office's brand colour, set with its profile above.
    Colour primary = new Colour(office.accentColour().hex());
    Optional<Refusal> badPrimaryPair = BrandColours.check(primary, text);
    Optional<Refusal> badAccentPair = BrandColours.check(second, textOnSecond);
    badPrimaryPair.ifPresent(r -> Messages.refusalOn("branding:onPrimary", ConsoleText.refusal(r)));
    badAccentPair.ifPresent(r -> Messages.refusalOn("branding:onAccent", ConsoleText.refusal(r)));
    if (badPrimaryPair.isPresent() || badAccentPair.isPresent()) {
      return;
    }
    Long bannerId = office.branding().bannerMediaId();
    if (isOwnLibrary()) {
      try {
        bannerId = banner == null || banner.isBlank() ? null : Long.valueOf(banner.strip());
      } catch (NumberFormatException notAnId) {
        bannerId = -1L;
      }
      if (bannerId != null && !ownPictureIds().contains(bannerId)) {
        Messages.errorOn("branding:banner", "settings.banner_not_in_library");
        return;
      }
    }
    try {
      Map<String, String> written = new LinkedHashMap<>();
      taglines.forEach((lang, line) -> written.put(lang, line == null ? "" : line));
      OfficeRef saved =
          offices.rebrand(
              office.code(),
              new OfficeBranding(
                  new BrandColours(office.accentColour(), text, second, textOnSecond),
                  bannerId,
                  variant,
                  written),
              currentOffice.getEmail());
      load(saved);
      Messages.info("settings.branding_saved_0", saved.code());
    } catch (IllegalArgumentException | IllegalStateException refused) {
      Messages.refusal(refused);
    }
  }

  /** The colour in {@code text}, or {@code null} with the refusal on the field. */
  private static Colour colour(String field, String text) {
    try {
      return new Colour(text);
    } catch (IllegalArgumentException refused) {
      Messages.refusalOn(field, refused);
      return null;
    }
  }

  private List<Long> ownPictureIds() {
    return ownPictures().stream().map(MediaItem::id).toList();
  }

  private List<MediaItem> ownPictures() {
    return media.list("", Optional.of(MediaKind.IMAGE)).stream()
        .filter(item -> !item.shared())
        .toList();
  }

  /** The office's own pictures, by id, named by their title or file name. */
  public Map<String, String> getBannerChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    if (isOwnLibrary()) {
      for (MediaItem item : ownPictures()) {
        String title = item.details().title();
        choices.put(
            Long.toString(item.id()), title == null || title.isBlank() ? item.fileName() : title);
      }
    }
    return choices;
  }

  /**
   * The theme variants of this server, with their names in the console's language if it has them.
   */
  public Map<String, String> getVariants() {
    Map<String, String> variants = new LinkedHashMap<>();
    for (String name : themes.names()) {
      String label = ConsoleText.text("settings.variant." + name);
      variants.put(name, label.startsWith("???") ? name : label);
    }
    return variants;
  }

  public List<String> getLanguages() {
    return new ArrayList<>(taglines.keySet());
  }

  public Map<String, String> getTaglines() {
    return taglines;
  }

  public String getOnPrimary() {
    return onPrimary;
  }

  public void setOnPrimary(String onPrimary) {
    this.onPrimary = onPrimary;
  }

  public String getAccent() {
    return accent;
  }

  public void setAccent(String accent) {
    this.accent = accent;
  }

  public String getOnAccent() {
    return onAccent;
  }

  public void setOnAccent(String onAccent) {
    this.onAccent = onAccent;
  }

  public String getBanner() {
    return banner;
  }

  public void setBanner(String banner) {
    this.banner = banner;
  }

  public String getVariant() {
    return variant;
  }

  public void setVariant(String variant) {
    this.variant = variant;
  }
}
