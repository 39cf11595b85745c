package org.meridian.tenancy.office;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
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
    if (type != OfficeType.HQ && parent == null) {
      throw new IllegalArgumentException("A " + type + " office needs a parent office");
    }
    if (type == OfficeType.HQ && parent != null) {
      throw new IllegalArgumentException("HQ has no parent office");
    }
    if (languages == null || languages.isEmpty()) {
      throw new IllegalArgumentException("An office publishes in at least one language");
    }
    if (names == null || names.isEmpty()) {
      throw new IllegalArgumentException("An office needs a name in at least one language");
    }
    this.code = code.value();
    this.parent = parent;
    this.languages = new ArrayList<>(new LinkedHashSet<>(languages));
    this.defaultLanguage = languages.get(0).value();
    this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    names.forEach((lang, name) -> this.names.put(lang.value(), requireText(name, "name")));
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("The " + what + " must not be blank");
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

  public void suspend() {
    status = OfficeStatus.SUSPENDED;
  }

  /** Takes the office out of the network: its site and API stop, its data stays. */
  public void archive() {
    status = OfficeStatus.ARCHIVED;
  }

  public void reactivate() {
    status = OfficeStatus.ACTIVE;
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
        getId(), code(), type, status, defaultLanguage(), languages(), timeZone(), names);
  }
}
