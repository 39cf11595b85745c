package org.meridian.content.taxonomy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.BaseEntity;

/**
 * One theme of the network's vocabulary (migration, climate, health…). Themes belong to the whole
 * network, not to an office: this entity is deliberately not {@code OfficeOwned}, and only {@link
 * Themes} changes it, for HQ administrators. Offices only read themes and put them on their items.
 *
 * <p>A theme has a stable code and, per language, a name and an address; a language without its own
 * falls back to the language without its region ({@code pt} for {@code pt-BR}), then to English,
 * then to the code.
 */
@Entity
@Table(name = "theme")
public class Theme extends BaseEntity {

  static final LanguageTag FALLBACK = new LanguageTag("en");

  @Column(name = "code", nullable = false, length = ThemeCode.MAX_LENGTH)
  private String code;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "theme_name", joinColumns = @JoinColumn(name = "theme_id"))
  @MapKeyColumn(name = "language", length = 35)
  private Map<String, ThemeName> names = new HashMap<>();

  protected Theme() {}

  public Theme(ThemeCode code, LanguageTag language, ThemeName name) {
    this.code = Objects.requireNonNull(code, "code").value();
    name(language, name);
  }

  public ThemeCode code() {
    return new ThemeCode(code);
  }

  /** Gives the theme its name and address in {@code language}, replacing any it had. */
  public void name(LanguageTag language, ThemeName name) {
    names.put(Objects.requireNonNull(language, "language").value(), Objects.requireNonNull(name));
  }

  /** Changes the code; {@link Themes} allows it only while no item carries the theme. */
  void recode(ThemeCode newCode) {
    this.code = Objects.requireNonNull(newCode, "code").value();
  }

  /** The name in {@code language}, or its fallback (see the class comment). */
  public String name(LanguageTag language) {
    ThemeName own = own(language);
    return own == null ? code : own.name();
  }

  /** The address in {@code language}, or its fallback; the code when no language has one. */
  public Slug slug(LanguageTag language) {
    ThemeName own = own(language);
    return own == null ? new Slug(code) : own.slug();
  }

  /** The names the theme has, by language tag, without fallbacks. */
  public Map<String, String> names() {
    return names.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().name()));
  }

  /** The addresses the theme has, by language tag, without fallbacks. */
  public Map<String, String> slugs() {
    return names.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().slug().value()));
  }

  private ThemeName own(LanguageTag language) {
    ThemeName exact = names.get(language.value());
    if (exact != null) {
      return exact;
    }
    ThemeName base = names.get(language.locale().getLanguage());
    return base != null ? base : names.get(FALLBACK.value());
  }
}
