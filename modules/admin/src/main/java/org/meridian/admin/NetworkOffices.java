package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.meridian.content.blueprint.NewOffice;
import org.meridian.content.blueprint.OfficeProvisioning;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.permission.NetworkAction;

/** HQ's list of offices: create one from the blueprint, suspend, reactivate or archive. */
@Named
@ViewScoped
public class NetworkOffices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficeDirectory offices;
  @Inject private OfficeProvisioning provisioning;
  @Inject private CurrentOffice currentOffice;

  private List<OfficeRef> all = List.of();
  private String code;
  private OfficeType type = OfficeType.COUNTRY;
  private String parent;
  private String languages = "en";
  private String name;
  private String timeZone = "UTC";
  private String hostNames;

  @PostConstruct
  void init() {
    if (isAllowed()) {
      all = offices.all();
    }
  }

  /** Only HQ administrators manage the network. */
  public boolean isAllowed() {
    return currentOffice.mayInNetwork(NetworkAction.MANAGE_OFFICES);
  }

  public void create() {
    if (!isAllowed()) {
      Messages.error("offices.only_hq_create");
      return;
    }
    OfficeCode officeCode = parse("form:code", code, OfficeCode::new);
    List<LanguageTag> tags = parseLanguages();
    ZoneId zone = parse("form:timeZone", timeZone, ZoneId::of);
    if (officeCode == null || tags == null || zone == null || !named()) {
      return;
    }
    try {
      OfficeRef created =
          provisioning.provision(
              new NewOffice(
                  officeCode,
                  type,
                  parent == null || parent.isBlank() ? null : new OfficeCode(parent),
                  tags,
                  zone,
                  Map.of(tags.get(0), name.strip()),
                  split(hostNames)),
              currentOffice.getEmail());
      Messages.info("offices.created_0", created.code());
      code = null;
      name = null;
      hostNames = null;
      all = offices.all();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      Messages.refusal(refused);
    }
  }

  public void suspend(String officeCode) {
    change(officeCode, c -> offices.suspend(c, person()), "offices.outcome_suspended");
  }

  public void reactivate(String officeCode) {
    change(officeCode, c -> offices.reactivate(c, person()), "offices.outcome_active");
  }

  public void archive(String officeCode) {
    change(officeCode, c -> offices.archive(c, person()), "offices.outcome_archived");
  }

  /** Lets the regional office's administrators run the offices of its region (HQ still does). */
  public void delegate(String officeCode) {
    change(officeCode, c -> offices.delegateRegion(c, true, person()), "offices.outcome_delegated");
  }

  /** Keeps the offices of the region to HQ alone. */
  public void stopDelegating(String officeCode) {
    change(
        officeCode,
        c -> offices.delegateRegion(c, false, person()),
        "offices.outcome_not_delegated");
  }

  private void change(String officeCode, Function<OfficeCode, OfficeRef> action, String outcome) {
    if (!isAllowed()) {
      Messages.error("offices.only_hq_change");
      return;
    }
    try {
      OfficeRef changed = action.apply(new OfficeCode(officeCode));
      Messages.info("offices.changed_0_1", changed.code(), ConsoleText.text(outcome));
      all = offices.all();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      Messages.refusal(refused);
    }
  }

  private String person() {
    return currentOffice.getEmail();
  }

  private boolean named() {
    if (name == null || name.isBlank()) {
      Messages.errorOn("form:name", "offices.give_name");
      return false;
    }
    return true;
  }

  private List<LanguageTag> parseLanguages() {
    List<String> parts = split(languages);
    if (parts.isEmpty()) {
      Messages.errorOn("form:languages", "offices.give_language");
      return null;
    }
    List<LanguageTag> tags =
        parts.stream().map(LanguageTag::parse).flatMap(java.util.Optional::stream).toList();
    if (tags.size() != parts.size()) {
      Messages.errorOn("form:languages", "offices.bad_languages");
      return null;
    }
    return tags;
  }

  private <T> T parse(String field, String text, Function<String, T> parser) {
    try {
      return parser.apply(text == null ? "" : text.strip());
    } catch (IllegalArgumentException bad) {
      Messages.refusalOn(field, bad);
      return null;
    } catch (DateTimeException notAZone) {
      // ZoneId's own message is English and technical.
      Messages.errorOn(field, "settings.bad_time_zone_0", text);
      return null;
    }
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  public List<OfficeRef> getOffices() {
    return all;
  }

  /** Offices that can be parents: HQ and regional offices, by code and name. */
  public Map<String, String> getParents() {
    Map<String, String> parents = new LinkedHashMap<>();
    all.stream()
        .filter(o -> o.type() != OfficeType.COUNTRY)
        .forEach(
            o -> parents.put(o.code() + " — " + o.name(o.defaultLanguage()), o.code().value()));
    return parents;
  }

  public OfficeType[] getTypes() {
    return new OfficeType[] {OfficeType.COUNTRY, OfficeType.REGIONAL};
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public OfficeType getType() {
    return type;
  }

  public void setType(OfficeType type) {
    this.type = type;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getHostNames() {
    return hostNames;
  }

  public void setHostNames(String hostNames) {
    this.hostNames = hostNames;
  }
}
