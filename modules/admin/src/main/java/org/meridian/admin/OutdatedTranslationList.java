package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.meridian.content.translation.OutdatedTranslation;
import org.meridian.content.translation.TranslationQueries;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/** The current office's outdated translations, those waiting longest first. */
@Named
@ViewScoped
public class OutdatedTranslationList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 500;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private TranslationQueries translationQueries;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private List<OutdatedTranslation> items = List.of();

  @PostConstruct
  void init() {
    if (tenant.current().isPresent()) {
      items = translationQueries.outdated(SHOWN);
    }
  }

  public List<OutdatedTranslation> getItems() {
    return items;
  }

  public String languageName(LanguageTag language) {
    return language.locale().getDisplayLanguage(Locale.ENGLISH);
  }

  public String when(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone));
  }
}
