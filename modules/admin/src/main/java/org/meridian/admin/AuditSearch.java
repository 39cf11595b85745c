package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.workflow.audit.AuditAccessDeniedException;
import org.meridian.workflow.audit.AuditAction;
import org.meridian.workflow.audit.AuditFilter;
import org.meridian.workflow.audit.AuditPage;
import org.meridian.workflow.audit.AuditRow;
import org.meridian.workflow.audit.AuditTrail;

/**
 * The audit screen: searches the trail with the filter in the address (a plain GET form, so a
 * search can be bookmarked and exported as CSV with the same parameters). What the person may see
 * is decided by {@link AuditTrail}, not here.
 */
@Named
@ViewScoped
public class AuditSearch implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private AuditTrail trail;
  @Inject private OfficeDirectory offices;
  @Inject private CurrentOffice currentOffice;

  private AuditFilter filter = AuditFilter.everything();
  private AuditPage page;
  private int pageNumber = 1;
  private String refusal;
  private boolean hqScope;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String reader = currentOffice.getEmail();
    var workingIn = currentOffice.office().orElse(null);
    try {
      hqScope = trail.scopeFor(reader, workingIn, AuditFilter.everything()).onlyOffice().isEmpty();
      filter = AuditFilter.fromParameters(parameters::get);
      pageNumber = pageNumber(parameters.get("page"));
      page = trail.search(reader, workingIn, filter, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
    } catch (AuditAccessDeniedException denied) {
      refusal = ConsoleText.refusal(denied);
    } catch (IllegalArgumentException bad) {
      Messages.refusalOn(null, bad);
    }
  }

  private static int pageNumber(String text) {
    try {
      return text == null ? 1 : Math.max(1, Math.min(10_000, Integer.parseInt(text.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Why the person may not see the trail, or {@code null} when they may. */
  public String getRefusal() {
    return refusal;
  }

  public boolean isAllowed() {
    return refusal == null;
  }

  public List<AuditRow> getRows() {
    return page == null ? List.of() : page.rows();
  }

  /** What the search covered: an office's code or "all offices". */
  public String getScope() {
    return page == null ? "" : page.scope().toString();
  }

  /** Offices the person may choose in the filter: every office for HQ, else their own. */
  public List<String> getOfficeChoices() {
    if (hqScope) {
      return offices.all().stream().map(o -> o.code().value()).toList();
    }
    return currentOffice.office().map(o -> List.of(o.code().value())).orElse(List.of());
  }

  public boolean isHqScope() {
    return hqScope;
  }

  public List<String> getActions() {
    return Arrays.stream(AuditAction.values()).map(AuditAction::code).toList();
  }

  public AuditFilter getFilter() {
    return filter;
  }

  public int getPageNumber() {
    return pageNumber;
  }

  public boolean isMore() {
    return page != null && page.more();
  }

  /** The current search as a query string, for the paging links and the CSV export. */
  public String getQuery() {
    return filter.toQuery();
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }
}
