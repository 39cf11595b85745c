package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.meridian.content.taxonomy.TaxonomyRefusedException;
import org.meridian.content.taxonomy.ThemeSummary;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.permission.NetworkAction;

/**
 * The network's themes, for HQ administrators: list, add, name in another language, and change a
 * code that no content uses yet. {@link Themes} checks the caller again.
 */
@Named
@ViewScoped
public class ManageThemes implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> COMMON_LANGUAGES = List.of("en", "fr", "es", "pt", "ar");

  @Inject private Themes themes;
  @Inject private OfficeDirectory offices;
  @Inject private CurrentOffice currentOffice;

  private List<ThemeSummary> list = List.of();
  private String code;
  private String language = "en";
  private String name;
  private String slug;
  private ThemeSummary editing;
  private String editLanguage;
  private String editName;
  private String editSlug;
  private String newCode;

  @PostConstruct
  void init() {
    if (isAllowed()) {
      list = themes.list();
    }
  }

  public boolean isAllowed() {
    return currentOffice.mayInNetwork(NetworkAction.MANAGE_THEMES);
  }

  public void add() {
    act(
        () -> {
          ThemeSummary added =
              themes.create(code, tag(language), name, slug, currentOffice.getEmail());
          Messages.info("themes.added_0", added.code());
          code = null;
          name = null;
          slug = null;
        });
  }

  public void askToEdit(ThemeSummary theme) {
    editing = theme;
    editLanguage = "en";
    editName = theme.names().get("en");
    editSlug = null;
    newCode = theme.code();
  }

  public void rename() {
    if (editing == null) {
      return;
    }
    act(
        () -> {
          ThemeSummary renamed =
              themes.rename(
                  editing.code(),
                  editing.version(),
                  tag(editLanguage),
                  editName,
                  editSlug,
                  currentOffice.getEmail());
          Messages.info("themes.renamed_0_1_2", renamed.code(), editName.strip(), editLanguage);
          editing = null;
        });
  }

  public void recode() {
    if (editing == null) {
      return;
    }
    act(
        () -> {
          ThemeSummary recoded =
              themes.recode(editing.code(), editing.version(), newCode, currentOffice.getEmail());
          Messages.info("themes.recoded_0", recoded.code());
          editing = null;
        });
  }

  public void cancel() {
    editing = null;
  }

  /** The languages offered: those of the network's offices and a few common ones. */
  public List<String> getLanguages() {
    TreeSet<String> all = new TreeSet<>(COMMON_LANGUAGES);
    for (OfficeRef office : offices.all()) {
      office.languages().forEach(l -> all.add(l.value()));
    }
    list.forEach(t -> all.addAll(t.names().keySet()));
    return List.copyOf(all);
  }

  /** A theme's names, language by language: {@code en: Health · fr: Santé}. */
  public String names(ThemeSummary theme) {
    return theme.names().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  /** A theme's addresses, language by language. */
  public String slugs(ThemeSummary theme) {
    return theme.slugs().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  private void act(Runnable change) {
    try {
      change.run();
    } catch (IllegalArgumentException | IllegalStateException | TaxonomyRefusedException e) {
      Messages.refusal(e);
    }
    if (isAllowed()) {
      list = themes.list();
    }
  }

  private static LanguageTag tag(String text) {
    return LanguageTag.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("Choose a language"));
  }

  public List<ThemeSummary> getThemes() {
    return list;
  }

  public ThemeSummary getEditing() {
    return editing;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getEditLanguage() {
    return editLanguage;
  }

  public void setEditLanguage(String editLanguage) {
    this.editLanguage = editLanguage;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditSlug() {
    return editSlug;
  }

  public void setEditSlug(String editSlug) {
    this.editSlug = editSlug;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }
}
