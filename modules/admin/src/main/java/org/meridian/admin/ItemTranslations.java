package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.translation.LanguageVersion;
import org.meridian.content.translation.SideBySide;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.content.translation.TranslationSet;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The translations of one item ({@code ?item=N}): every language of the office with its state,
 * "Translate into …" for the missing ones, "Mark as up to date" for the outdated ones (after a
 * confirmation), and a translation side by side with its source ({@code &with=M}).
 */
@Named
@ViewScoped
public class ItemTranslations implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private Translations translations;
  @Inject private TranslationQueries translationQueries;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private Long itemId;
  private Long compareId;
  private TranslationSet set;
  private SideBySide sideBySide;
  private LanguageVersion confirming;

  @PostConstruct
  void init() {
    var parameters = external().getRequestParameterMap();
    itemId = id(parameters.get("item"));
    compareId = id(parameters.get("with"));
    load();
  }

  private void load() {
    set = null;
    sideBySide = null;
    if (itemId == null || tenant.current().isEmpty()) {
      return;
    }
    try {
      set = translationQueries.setOf(itemId);
    } catch (ContentNotFoundException e) {
      // Another office's item does not exist for this one: the page says so, nothing more.
      return;
    }
    Long compare = compareId != null ? compareId : (set.sourceItemId() == itemId ? null : itemId);
    if (compare != null
        && set.languages().stream()
            .anyMatch(v -> compare.equals(v.itemId()) && !v.isSource() && !v.isMissing())) {
      sideBySide = translationQueries.sideBySide(compare);
    }
  }

  /** Creates the draft translation and opens it in the editor. */
  public void translate(String language) {
    if (set == null) {
      return;
    }
    try {
      long created =
          translations.translate(set.sourceItemId(), new LanguageTag(language), person());
      external()
          .redirect(
              external().getRequestContextPath() + "/admin/content/edit.xhtml?item=" + created);
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** First step of marking a translation up to date: asks for a confirmation. */
  public void askToConfirm(LanguageVersion version) {
    confirming = version;
  }

  public void cancelConfirm() {
    confirming = null;
  }

  public void confirmUpToDate() {
    if (confirming == null) {
      return;
    }
    try {
      translations.confirmUpToDate(confirming.itemId(), person());
      Messages.info("content.translations.marked_0", languageName(confirming.language()));
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
    confirming = null;
    load();
  }

  public boolean isFound() {
    return set != null;
  }

  public TranslationSet getSet() {
    return set;
  }

  public SideBySide getSideBySide() {
    return sideBySide;
  }

  public LanguageVersion getConfirming() {
    return confirming;
  }

  public String languageName(LanguageTag language) {
    Locale shown = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return language.locale().getDisplayLanguage(shown) + " (" + language.value() + ")";
  }

  public String stateLabel(LanguageVersion version) {
    return switch (version.state()) {
      case SOURCE -> ConsoleText.text("translation.source");
      case UP_TO_DATE -> ConsoleText.text("translation.up_to_date");
      case OUTDATED -> ConsoleText.text("translation.outdated");
      case MISSING -> ConsoleText.text("translation.missing");
    };
  }

  /** A time as the office reads it: {@code 2026-11-27 14:05}; empty for none. */
  public String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone));
  }

  private static Long id(String text) {
    if (text == null || text.isBlank() || text.length() > 18) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private String person() {
    return external().getRemoteUser();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
