package org.meridian.content.blueprint;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeType;

/** What HQ says about an office it creates. The first language is the site's default. */
public record NewOffice(
    OfficeCode code,
    OfficeType type,
    OfficeCode parent,
    List<LanguageTag> languages,
    ZoneId timeZone,
    Map<LanguageTag, String> names,
    List<String> hostNames) {

  public NewOffice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    languages = List.copyOf(languages);
    names = Map.copyOf(names);
    hostNames = List.copyOf(hostNames);
  }
}
