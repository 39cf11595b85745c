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
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.SiteThemes;
import org.meridian.tenancy.office.SocialNetwork;

/**
 * The office an import creates, with the archive's settings, or finds, and the look it takes from
 * the archive (branding, logo): each its own transaction, as each part of an import has.
 */
@ApplicationScoped
@Transactional
public class ArchiveOffices {

  @Inject private OfficeDirectory offices;
  @Inject private OfficeLogos logos;
  @Inject private SiteThemes themes;
  @Inject private TenantContext tenant;
  @Inject private ImportedParts parts;
  @Inject private MediaLibrary library;

  /**
   * Creates the office {@code code} with the archive's settings (not its host names, which belong
   * to the source). An HQ archive comes in as a country office; a parent this network lacks is
   * replaced by HQ.
   */
  public OfficeRef createOffice(OfficeCode code, JsonObject json, String actor) {
    OfficeRef created = create(code, json, actor);
    // In the same transaction: an office created by an import of this source takes its look from
    // the archive (branding, logo), even when the import that created it stopped half-way.
    tenant.runAs(
        created,
        () -> parts.remember(json.getString("code", ""), ImportContext.OFFICE, 0, created.id()));
    return created;
  }

  private OfficeRef create(OfficeCode code, JsonObject json, String actor) {
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
   * The archive's branding ({@code office.json}'s {@code branding}) on the current office, which an
   * import of the same source created: colours (each pair readable, or the whole part is refused),
   * the banner (the picture the import brought in its place), the theme variant (the standard one
   * when this server lacks it) and taglines, with the notes of what changed on the way.
   */
  public List<Refusal> brand(JsonObject branding, ImportContext ctx, String actor) {
    OfficeRef office = tenant.require();
    List<Refusal> notes = new ArrayList<>();
    Long source = ArchiveLooks.banner(branding);
    Long banner = source == null ? null : ctx.target(ImportContext.MEDIA, source);
    if (banner != null
        && library.find(banner).filter(m -> m.kind() == MediaKind.IMAGE && !m.shared()).isEmpty()) {
      banner = null;
    }
    if (source != null && banner == null) {
      notes.add(
          Refusal.of(
              "archive.banner_0_not_imported",
              "The banner (media {0}) was not imported: the office has none.",
              source));
    }
    String variant = ArchiveLooks.variant(branding);
    if (!themes.exists(variant)) {
      notes.add(
          Refusal.of(
              "archive.variant_0_not_installed",
              "The theme variant '{0}' is not installed on this server: the office is drawn in the"
                  + " standard theme.",
              variant));
      variant = SiteThemes.STANDARD;
    }
    offices.rebrand(office.code(), ArchiveLooks.branding(branding, banner, variant), actor);
    parts.remember(ctx, ImportContext.BRANDING, 0, office.id());
    return notes;
  }

  /**
   * The archive's logo on the current office, checked like one uploaded in the settings (an image,
   * at most {@link LogoImage#MAX_BYTES} bytes and {@link LogoImage#MAX_SIDE} pixels a side).
   */
  public void logo(JsonObject logo, byte[] bytes, ImportContext ctx, String actor) {
    if (!OfficeImport.sha256(bytes).equals(logo.getString("sha256", ""))) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.file_0_checksum",
              "{0} is not the file the archive describes (its checksum differs).",
              logo.getString("file", "")));
    }
    OfficeRef office = tenant.require();
    logos.replace(office.code(), LogoImage.of(bytes), actor);
    parts.remember(ctx, ImportContext.LOGO, 0, office.id());
  }

  /**
   * The office {@code code}, if the network has it (in a transaction: background imports have
   * none).
   */
  public java.util.Optional<OfficeRef> findOffice(OfficeCode code) {
    return offices.find(code);
  }
}
