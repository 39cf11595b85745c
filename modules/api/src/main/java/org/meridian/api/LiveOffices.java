package org.meridian.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;

/** The offices the public endpoints address: 404 for an unknown, archived or suspended office. */
@ApplicationScoped
public class LiveOffices {

  @Inject private OfficeDirectory offices;

  /** An office that is not archived (suspended ones are listed, without content). */
  OfficeRef listed(String code) {
    return find(code, false);
  }

  /** An active office, whose content is public. */
  OfficeRef live(String code) {
    return find(code, true);
  }

  private OfficeRef find(String code, boolean mustBeLive) {
    Optional<OfficeRef> office = OfficeCode.parse(code).flatMap(offices::find);
    if (office.isEmpty()
        || office.get().status() == OfficeStatus.ARCHIVED
        || (mustBeLive && office.get().status() != OfficeStatus.ACTIVE)) {
      throw new NotFoundException("No office '" + code + "' in the network");
    }
    return office.get();
  }

  /** {@code lang}, one of the office's languages, or its default when not given: else 400. */
  LanguageTag language(OfficeRef office, String lang) {
    LanguageTag language =
        lang == null || lang.isBlank()
            ? office.defaultLanguage()
            : LanguageTag.parse(lang)
                .orElseThrow(() -> new IllegalArgumentException("'lang' must be a language tag"));
    if (!office.publishesIn(language)) {
      throw new IllegalArgumentException(
          "The office '"
              + office.code()
              + "' publishes in "
              + office.languages()
              + ", not "
              + language);
    }
    return language;
  }
}
