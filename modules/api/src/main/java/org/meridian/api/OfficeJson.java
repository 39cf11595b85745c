package org.meridian.api;

import java.util.List;
import java.util.Map;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/** An office as the API shows it. */
public record OfficeJson(
    String code,
    String type,
    String status,
    Map<String, String> names,
    String defaultLanguage,
    List<String> languages,
    String timeZone,
    String site) {

  static OfficeJson of(OfficeRef office) {
    return new OfficeJson(
        office.code().value(),
        office.type().name(),
        office.status().name(),
        office.names(),
        office.defaultLanguage().value(),
        office.languages().stream().map(LanguageTag::value).toList(),
        office.timeZone().getId(),
        "/" + office.code() + "/" + office.defaultLanguage() + "/");
  }
}
