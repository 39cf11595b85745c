package org.meridian.content.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.Slug;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.permission.NetworkAction;
import org.meridian.tenancy.permission.OfficePermissions;

/**
 * The network's themes: the one door to the {@code theme} table, which belongs to no office. Every
 * office reads them; only HQ administrators (or {@value #SYSTEM}, for start-up work) add, rename or
 * recode them, checked here from the caller's memberships as stored now.
 */
@ApplicationScoped
@Transactional
public class Themes {

  /** The actor of system work (demo data, start-up). */
  public static final String SYSTEM = "system";

  /**
   * EclipseLink refuses native SQL in a unit with office-owned entities, unless a query says so:
   * only the two counts of theme uses across the network do, and they return numbers, no rows.
   */
  private static final String ACROSS_OFFICES = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceContext(unitName = "meridian")
  private EntityManager em;

  @Inject private OfficePermissions permissions;
  @Inject private Event<TaxonomyChanged> changed;

  /** Every theme, by code, with how many items of the network carry it. */
  public List<ThemeSummary> list() {
    Map<Long, Long> uses = new HashMap<>();
    // A deliberate count across offices: HQ's vocabulary needs to know whether a code is in use;
    // it reveals a number, never an office's rows.
    for (Object row :
        em.createNativeQuery("select theme_id, count(*) from item_theme group by theme_id")
            .setHint(ACROSS_OFFICES, true)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      uses.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
    }
    return all().stream()
        .map(
            t ->
                new ThemeSummary(
                    t.getId(),
                    t.code().value(),
                    t.names(),
                    t.slugs(),
                    t.getVersion(),
                    uses.getOrDefault(t.getId(), 0L)))
        .toList();
  }

  /** Every theme as pages in {@code language} show it, sorted by its name there. */
  public List<ThemeLabel> labels(LanguageTag language) {
    return all().stream()
        .map(t -> ThemeLabel.of(t, language))
        .sorted(Comparator.comparing(ThemeLabel::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The theme whose address in {@code language} is {@code slug}, after fallbacks. */
  public Optional<ThemeLabel> findBySlug(LanguageTag language, Slug slug) {
    return all().stream()
        .filter(t -> t.slug(language).equals(slug))
        .findFirst()
        .map(t -> ThemeLabel.of(t, language));
  }

  /** The theme with {@code code}, as pages in {@code language} show it. */
  public Optional<ThemeLabel> find(ThemeCode code, LanguageTag language) {
    return byCode(code).map(t -> ThemeLabel.of(t, language));
  }

  /**
   * Adds a theme with its name in one language. {@code slugText} may be empty: the address is then
   * made from the name.
   */
  public ThemeSummary create(
      String codeText, LanguageTag language, String name, String slugText, String actor) {
    requireHqAdmin(actor);
    ThemeCode code = new ThemeCode(codeText == null ? "" : codeText.strip());
    if (byCode(code).isPresent()) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.theme_code_0_exists",
              "A theme with the code '{0}' exists already",
              String.valueOf(code)));
    }
    Theme theme = new Theme(code, language, new ThemeName(name, slug(slugText, name)));
    requireDistinctAddresses(theme);
    em.persist(theme);
    em.flush();
    changed.fire(new TaxonomyChanged(null, "theme " + code + " added", actor));
    return summary(theme);
  }

  /**
   * Names the theme in {@code language}. {@code slugText} empty keeps the address it has in that
   * language (addresses are links people keep), or makes one from the name for a new language.
   *
   * @param expectedVersion the version the caller saw; another change since then is refused
   */
  public ThemeSummary rename(
      String codeText,
      long expectedVersion,
      LanguageTag language,
      String name,
      String slugText,
      String actor) {
    requireHqAdmin(actor);
    Theme theme = require(codeText);
    requireVersion(theme, expectedVersion);
    String existing = theme.slugs().get(language.value());
    Slug slug =
        (slugText == null || slugText.isBlank()) && existing != null
            ? new Slug(existing)
            : slug(slugText, name);
    theme.name(language, new ThemeName(name, slug));
    requireDistinctAddresses(theme);
    // A name lives in a collection table: make the theme's own version count the change.
    em.lock(theme, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    changed.fire(
        new TaxonomyChanged(null, "theme " + theme.code() + " renamed in " + language, actor));
    return summary(theme);
  }

  /** Changes a theme's code, which is allowed only while no item of the network carries it. */
  public ThemeSummary recode(String codeText, long expectedVersion, String newCode, String actor) {
    requireHqAdmin(actor);
    Theme theme = require(codeText);
    requireVersion(theme, expectedVersion);
    ThemeCode code = new ThemeCode(newCode == null ? "" : newCode.strip());
    if (code.equals(theme.code())) {
      return summary(theme);
    }
    if (uses(theme) > 0) {
      throw new TermConflictException(
          Refusal.of(
              "taxonomy.theme_code_0_in_use",
              "The code '{0}' is in use by content and integrations filter by it: it cannot change",
              String.valueOf(theme.code())));
    }
    if (byCode(code).isPresent()) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.theme_code_0_exists",
              "A theme with the code '{0}' exists already",
              String.valueOf(code)));
    }
    String before = theme.code().value();
    theme.recode(code);
    requireDistinctAddresses(theme);
    em.flush();
    changed.fire(new TaxonomyChanged(null, "theme " + before + " recoded " + code, actor));
    return summary(theme);
  }

  /** The themes with these codes; unknown codes are refused, naming them. */
  static List<Theme> require(EntityManager em, Set<ThemeCode> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    List<Theme> found =
        em.createQuery("select t from Theme t where t.code in :codes", Theme.class)
            .setParameter("codes", codes.stream().map(ThemeCode::value).toList())
            .getResultList();
    Set<String> missing = new java.util.TreeSet<>();
    codes.forEach(c -> missing.add(c.value()));
    found.forEach(t -> missing.remove(t.code().value()));
    if (!missing.isEmpty()) {
      throw missing.size() > 1
          ? new TermRefusedException(
              Refusal.of(
                  "taxonomy.unknown_theme_codes_0",
                  "Unknown theme codes: {0}",
                  String.join(", ", missing)))
          : new TermRefusedException(
              Refusal.of(
                  "taxonomy.unknown_theme_code_0",
                  "Unknown theme code: {0}",
                  missing.iterator().next()));
    }
    return found;
  }

  private Theme require(String codeText) {
    return ThemeCode.parse(codeText)
        .flatMap(this::byCode)
        .orElseThrow(
            () ->
                new TermRefusedException(
                    Refusal.of(
                        "taxonomy.unknown_theme_code_0", "Unknown theme code: {0}", codeText)));
  }

  private Optional<Theme> byCode(ThemeCode code) {
    return em.createQuery("select t from Theme t where t.code = :code", Theme.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }

  private List<Theme> all() {
    return em.createQuery("select t from Theme t order by t.code", Theme.class).getResultList();
  }

  private long uses(Theme theme) {
    return ((Number)
            em.createNativeQuery("select count(*) from item_theme where theme_id = ?1")
                .setHint(ACROSS_OFFICES, true)
                .setParameter(1, theme.getId())
                .getSingleResult())
        .longValue();
  }

  private ThemeSummary summary(Theme theme) {
    return new ThemeSummary(
        theme.getId(),
        theme.code().value(),
        theme.names(),
        theme.slugs(),
        theme.getVersion(),
        theme.getId() == null ? 0 : uses(theme));
  }

  /**
   * No two themes may answer at the same address in any language, after fallbacks: a French page of
   * a theme without a French name uses its English address.
   */
  private void requireDistinctAddresses(Theme changedTheme) {
    List<Theme> themes = new java.util.ArrayList<>(all());
    themes.removeIf(
        t -> t == changedTheme || t.getId() != null && t.getId().equals(changedTheme.getId()));
    themes.add(changedTheme);
    Set<String> languages = new HashSet<>(Set.of(Theme.FALLBACK.value()));
    themes.forEach(t -> languages.addAll(t.names().keySet()));
    for (String tag : languages) {
      LanguageTag language = new LanguageTag(tag);
      Slug mine = changedTheme.slug(language);
      for (Theme other : themes) {
        if (other != changedTheme && other.slug(language).equals(mine)) {
          throw new TermRefusedException(
              Refusal.of(
                  "taxonomy.address_0_used_by_theme_1_in_2",
                  "The address '{0}' is already used by the theme '{1}' in {2}: choose another",
                  String.valueOf(mine),
                  String.valueOf(other.code()),
                  tag));
        }
      }
    }
  }

  private void requireHqAdmin(String actor) {
    if (SYSTEM.equals(actor)) {
      return;
    }
    if (!permissions.mayInNetwork(actor, NetworkAction.MANAGE_THEMES)) {
      throw new TaxonomyRefusedException(
          Refusal.of(
              "taxonomy.themes_hq_only",
              "Only HQ administrators manage the network's themes; offices choose among them"));
    }
  }

  private static void requireVersion(Theme theme, long expectedVersion) {
    if (theme.getVersion() != expectedVersion) {
      throw new TermConflictException(
          Refusal.of(
              "taxonomy.theme_0_changed_meanwhile",
              "Someone else changed the theme '{0}' since you opened it: reload the list and try"
                  + " again",
              theme.code()));
    }
  }

  private static Slug slug(String slugText, String name) {
    return TermName.slug(slugText, TermName.clean(name, ThemeName.MAX_LENGTH, "theme"));
  }
}
