package org.meridian.tenancy.office;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.persistence.BaseEntity;

/**
 * An office of the network and its site: the tenant of Meridian. Offices themselves are not
 * office-owned: the network's list of offices is public.
 */
@Entity
@Table(name = "office")
public class Office extends BaseEntity {

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "office_type", nullable = false, length = 16)
  private OfficeType type;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Office parent;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private OfficeStatus status = OfficeStatus.ACTIVE;

  @Column(name = "default_language", nullable = false, length = 35)
  private String defaultLanguage;

  /** The languages the site publishes in, the default first. */
  @Convert(converter = LanguageListConverter.class)
  @Column(name = "languages", nullable = false, length = 400)
  private List<LanguageTag> languages = new ArrayList<>();

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "office_name", joinColumns = @JoinColumn(name = "office_id"))
  @MapKeyColumn(name = "language", length = 35)
  @Column(name = "name", nullable = false, length = 200)
  private Map<String, String> names = new HashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "office_host", joinColumns = @JoinColumn(name = "office_id"))
  @Column(name = "host_name", nullable = false, unique = true, length = 253)
  private Set<String> hostNames = new LinkedHashSet<>();

  @Column(name = "accent_colour", nullable = false, length = 7)
  private String accentColour = AccentColour.DEFAULT.hex();

  /** The text on the primary colour ({@code accent_colour}); see {@link BrandColours}. */
  @Column(name = "on_primary_colour", nullable = false, length = 7)
  private String onPrimaryColour = BrandColours.DEFAULT.onPrimary().hex();

  @Column(name = "highlight_colour", nullable = false, length = 7)
  private String highlightColour = BrandColours.DEFAULT.accent().hex();

  @Column(name = "on_highlight_colour", nullable = false, length = 7)
  private String onHighlightColour = BrandColours.DEFAULT.onAccent().hex();

  /** A picture of the office's own media library shown on its home page, or none. */
  @Column(name = "banner_media_id")
  private Long bannerMediaId;

  @Column(name = "theme_variant", nullable = false, length = 40)
  private String themeVariant = SiteThemes.STANDARD;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "office_tagline", joinColumns = @JoinColumn(name = "office_id"))
  @MapKeyColumn(name = "language", length = 35)
  @Column(name = "tagline", nullable = false, length = 300)
  private Map<String, String> taglines = new HashMap<>();

  @Embedded private OfficeContact contact = new OfficeContact(null, null, null);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "office_social_link", joinColumns = @JoinColumn(name = "office_id"))
  @MapKeyColumn(name = "network", length = 16)
  @Column(name = "url", nullable = false, length = 300)
  private Map<String, String> socialLinks = new HashMap<>();

  /**
   * For a regional office: whether its administrators administer the country offices of its region
   * (people, settings, health, audit trail, API tokens). HQ decides; on by default.
   */
  @Column(name = "delegates_administration", nullable = false)
  private boolean delegatesAdministration = true;

  protected Office() {}

  public Office(
      OfficeCode code,
      OfficeType type,
      Office parent,
      List<LanguageTag> languages,
      ZoneId timeZone,
      Map<LanguageTag, String> names) {
    Objects.requireNonNull(code, "code");
    this.type = Objects.requireNonNull(type, "type");
    requireParentFits(type, parent);
    if (languages == null || languages.isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.at_least_one_language", "An office publishes in at least one language"));
    }
    if (names == null || names.isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.name_in_one_language", "An office needs a name in at least one language"));
    }
    this.code = code.value();
    this.parent = parent;
    this.languages = new ArrayList<>(new LinkedHashSet<>(languages));
    this.defaultLanguage = languages.get(0).value();
    this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    names.forEach((lang, name) -> this.names.put(lang.value(), requireText(name, "name")));
  }

  /**
   * HQ has no parent, a regional office sits under HQ, a country office under HQ or a region. As
   * every parent ranks above its child, no chain of parents can loop back.
   */
  private static void requireParentFits(OfficeType type, Office parent) {
    if (type == OfficeType.HQ) {
      if (parent != null) {
        throw new RefusedArgumentException(
            Refusal.of("office.hq_has_no_parent", "HQ has no parent office"));
      }
      return;
    }
    if (parent == null) {
      throw new RefusedArgumentException(
          Refusal.of("office.type_0_needs_parent", "A {0} office needs a parent office", type));
    }
    boolean fits =
        type == OfficeType.REGIONAL
            ? parent.type == OfficeType.HQ
            : parent.type == OfficeType.HQ || parent.type == OfficeType.REGIONAL;
    if (!fits) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.type_0_not_under_1_2",
              "A {0} office cannot sit under the {1} office '{2}': regional offices sit under HQ,"
                  + " country offices under HQ or a region",
              type,
              parent.type,
              parent.code));
    }
  }

  /**
   * Turns the delegation of a regional office's region to its administrators on or off; only a
   * regional office has a region to delegate.
   */
  public void delegateAdministration(boolean delegate) {
    if (type != OfficeType.REGIONAL) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.only_regional_administers_0_1",
              "Only a regional office administers a region; '{0}' is {1}",
              code,
              type));
    }
    this.delegatesAdministration = delegate;
  }

  /** Moves the office under another parent, under the same rules as at creation. */
  public void moveUnder(Office newParent) {
    if (newParent == this) {
      throw new RefusedArgumentException(
          Refusal.of("office.not_own_parent", "An office cannot be its own parent"));
    }
    requireParentFits(type, newParent);
    this.parent = newParent;
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw "name".equals(what)
          ? new RefusedArgumentException(
              Refusal.of("office.name_not_blank", "The name must not be blank"))
          : new RefusedArgumentException(
              Refusal.of("office.host_name_not_blank", "The host name must not be blank"));
    }
    return text.strip();
  }

  /** Adds a host name the site answers on, e.g. {@code gambia.example.org}. */
  public void addHostName(String hostName) {
    hostNames.add(requireText(hostName, "host name").toLowerCase(java.util.Locale.ROOT));
  }

  public OfficeCode code() {
    return new OfficeCode(code);
  }

  public OfficeType type() {
    return type;
  }

  public Office parent() {
    return parent;
  }

  public OfficeStatus status() {
    return status;
  }

  /** Takes the site down for maintenance; its editors cannot sign in to it. */
  public void suspend() {
    if (type == OfficeType.HQ) {
      throw new RefusedStateException(
          Refusal.of("office.hq_not_suspended", "HQ cannot be suspended"));
    }
    if (status != OfficeStatus.ACTIVE) {
      throw new RefusedStateException(
          Refusal.of(
              "office.only_active_suspended_0_1",
              "Only an active office can be suspended; '{0}' is {1}",
              code,
              status));
    }
    status = OfficeStatus.SUSPENDED;
  }

  /** Brings a suspended or archived office back. */
  public void reactivate() {
    if (status == OfficeStatus.ACTIVE) {
      throw new RefusedStateException(
          Refusal.of("office.already_active_0", "The office '{0}' is already active", code));
    }
    status = OfficeStatus.ACTIVE;
  }

  /** Makes the office read-only and hides it from the network. */
  public void archive() {
    if (type == OfficeType.HQ) {
      throw new RefusedStateException(
          Refusal.of("office.hq_not_archived", "HQ cannot be archived"));
    }
    if (status == OfficeStatus.ARCHIVED) {
      throw new RefusedStateException(
          Refusal.of("office.already_archived_0", "The office '{0}' is already archived", code));
    }
    status = OfficeStatus.ARCHIVED;
  }

  public AccentColour accentColour() {
    return new AccentColour(accentColour);
  }

  /**
   * Names the office in one of its languages; a blank name removes it, except in the default
   * language, where the office always has a name.
   */
  public void rename(LanguageTag language, String name) {
    if (!languages.contains(language)) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.not_in_0_1_add_first",
              "The office '{0}' does not publish in {1}: add the language first",
              code,
              language));
    }
    if (name == null || name.isBlank()) {
      if (language.value().equals(defaultLanguage)) {
        throw new RefusedArgumentException(
            Refusal.of(
                "office.name_in_default_language_0",
                "The office needs a name in its default language ({0})",
                defaultLanguage));
      }
      names.remove(language.value());
      return;
    }
    if (name.strip().length() > 200) {
      throw new RefusedArgumentException(
          Refusal.of("office.name_at_most_0", "A name has at most {0} characters", 200));
    }
    names.put(language.value(), name.strip());
  }

  public void moveToTimeZone(ZoneId zone) {
    this.timeZone = Objects.requireNonNull(zone, "zone").getId();
  }

  /**
   * Changes the primary colour; refused (and nothing changed) when the text on it would no longer
   * be readable ({@link BrandColours}). An accent colour that was the same as the primary one
   * (never chosen apart) changes with it.
   */
  public void rebrand(AccentColour colour) {
    Objects.requireNonNull(colour, "colour");
    BrandColours before = brandColours();
    // An accent never set apart from the brand colour follows it.
    boolean together = before.accent().hex().equals(before.primary().hex());
    BrandColours after =
        new BrandColours(
            colour,
            before.onPrimary(),
            together ? new Colour(colour.hex()) : before.accent(),
            before.onAccent());
    this.accentColour = after.primary().hex();
    this.highlightColour = after.accent().hex();
  }

  public BrandColours brandColours() {
    return new BrandColours(
        accentColour(),
        new Colour(onPrimaryColour),
        new Colour(highlightColour),
        new Colour(onHighlightColour));
  }

  public OfficeBranding branding() {
    return new OfficeBranding(brandColours(), bannerMediaId, themeVariant, taglines);
  }

  /**
   * Changes the office's colours, banner, theme variant and taglines at once; the variant must
   * exist ({@link SiteThemes}, checked by the caller that knows the server's variants) and every
   * tagline be in a language the office publishes in.
   */
  public void brand(OfficeBranding branding) {
    Objects.requireNonNull(branding, "branding");
    branding
        .taglines()
        .keySet()
        .forEach(
            language -> {
              if (!languages.contains(new LanguageTag(language))) {
                throw new RefusedArgumentException(
                    Refusal.of(
                        "office.not_in_0_1_add_first",
                        "The office '{0}' does not publish in {1}: add the language first",
                        code,
                        language));
              }
            });
    BrandColours colours = branding.colours();
    this.accentColour = colours.primary().hex();
    this.onPrimaryColour = colours.onPrimary().hex();
    this.highlightColour = colours.accent().hex();
    this.onHighlightColour = colours.onAccent().hex();
    this.bannerMediaId = branding.bannerMediaId();
    this.themeVariant = branding.variant();
    this.taglines.clear();
    this.taglines.putAll(branding.taglines());
  }

  public OfficeContact contact() {
    return contact == null ? new OfficeContact(null, null, null) : contact;
  }

  public void changeContact(OfficeContact contact) {
    this.contact = Objects.requireNonNull(contact, "contact");
  }

  /** Sets or, with a blank address, removes the office's link to a social network. */
  public void linkSocial(SocialNetwork network, String url) {
    if (url == null || url.isBlank()) {
      socialLinks.remove(network.name());
    } else {
      socialLinks.put(network.name(), network.requireLink(url));
    }
  }

  public Map<String, String> socialLinks() {
    return Map.copyOf(socialLinks);
  }

  public LanguageTag defaultLanguage() {
    return new LanguageTag(defaultLanguage);
  }

  public List<LanguageTag> languages() {
    return List.copyOf(languages);
  }

  public boolean publishesIn(LanguageTag language) {
    return languages.contains(language);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public Set<String> hostNames() {
    return Set.copyOf(hostNames);
  }

  /** The office's name in {@code language}, else in its default language. */
  public String name(LanguageTag language) {
    String name = names.get(language.value());
    return name != null ? name : names.getOrDefault(defaultLanguage, code);
  }

  public Map<String, String> names() {
    return Map.copyOf(names);
  }

  /** A plain snapshot, safe to keep beyond the persistence context. */
  public OfficeRef ref() {
    return new OfficeRef(
        getId(),
        code(),
        type,
        status,
        defaultLanguage(),
        languages(),
        timeZone(),
        names,
        parent == null ? null : parent.code(),
        accentColour(),
        contact(),
        socialLinks,
        type == OfficeType.REGIONAL && delegatesAdministration,
        branding());
  }
}
