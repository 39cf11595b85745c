package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.ApiTokenSummary;
import org.meridian.tenancy.token.ApiTokens;
import org.meridian.tenancy.token.IssuedToken;
import org.meridian.tenancy.token.TokenManagementDeniedException;

/**
 * The current office's API tokens: list, issue (the secret is shown once) and revoke, after a
 * confirmation. For the office's administrators only; the service checks that again.
 */
@Named
@ViewScoped
public class ApiTokenSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The request attribute that carries a new secret to the page, and no further. */
  private static final String ISSUED_SECRET = "meridian.issuedTokenSecret";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private ApiTokens tokens;
  @Inject private org.meridian.tenancy.token.ApiOrigins allowedOrigins;
  @Inject private CurrentOffice currentOffice;

  private List<ApiTokenSummary> list = List.of();
  private String name;
  private ApiScope scope = ApiScope.READ;
  private ApiTokenSummary confirming;
  private boolean network;
  private Integer requestsPerMinute;
  private String origins;

  @PostConstruct
  void init() {
    if (isAllowed()) {
      list = tokens.list();
      origins = originsText();
    }
  }

  public boolean isAllowed() {
    return currentOffice.mayManageApiTokens();
  }

  public void issue() {
    try {
      IssuedToken issued =
          tokens.issue(name, scope, network && isNetworkAllowed(), requestsPerMinute, person());
      // Kept for this response only: the secret is not stored in the view or the session.
      external().getRequestMap().put(ISSUED_SECRET, issued.secret());
      external().setResponseHeader("Cache-Control", "no-store");
      message(null, FacesMessage.SEVERITY_INFO, "Token '" + issued.token().name() + "' issued.");
      name = null;
      scope = ApiScope.READ;
      network = false;
      requestsPerMinute = null;
      confirming = null;
      list = tokens.list();
    } catch (IllegalArgumentException e) {
      message("issue:name", FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(e));
    } catch (TokenManagementDeniedException e) {
      message(null, FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(e));
    }
  }

  /**
   * Whether this person may issue HQ's network tokens here: in HQ, as someone who may work in any
   * office (the service checks it again).
   */
  public boolean isNetworkAllowed() {
    return currentOffice
            .office()
            .map(o -> o.type() == org.meridian.tenancy.office.OfficeType.HQ)
            .orElse(false)
        && currentOffice.mayInNetwork(
            org.meridian.tenancy.permission.NetworkAction.WORK_IN_ANY_OFFICE);
  }

  /** Saves the web origins that may read the office's API from a browser (CORS). */
  public void saveOrigins() {
    try {
      allowedOrigins.change(origins, person());
      origins = originsText();
      message(null, FacesMessage.SEVERITY_INFO, ConsoleText.text("tokens.origins_saved"));
    } catch (IllegalArgumentException | TokenManagementDeniedException e) {
      message("origins:allowed", FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(e));
    }
  }

  private String originsText() {
    return String.join(
        "\n",
        allowedOrigins.current().stream()
            .map(org.meridian.tenancy.token.WebOrigin::value)
            .toList());
  }

  /** First step of revoking: asks for a confirmation. */
  public void askToRevoke(ApiTokenSummary token) {
    confirming = token;
  }

  public void cancelRevoke() {
    confirming = null;
  }

  public void revoke() {
    if (confirming == null) {
      return;
    }
    try {
      ApiTokenSummary revoked = tokens.revoke(confirming.id(), person());
      message(
          null,
          FacesMessage.SEVERITY_INFO,
          "Token '" + revoked.name() + "' revoked: clients using it are refused from now on.");
    } catch (IllegalArgumentException | IllegalStateException | TokenManagementDeniedException e) {
      message(null, FacesMessage.SEVERITY_ERROR, ConsoleText.refusal(e));
    }
    confirming = null;
    list = tokens.list();
  }

  /** The secret just issued, during the response to the issuing request only. */
  public String getIssuedSecret() {
    return (String) external().getRequestMap().get(ISSUED_SECRET);
  }

  public List<ApiTokenSummary> getTokens() {
    return list;
  }

  public ApiTokenSummary getConfirming() {
    return confirming;
  }

  /** A time as the office reads it: {@code 2026-11-27 14:05 (Africa/Banjul)}; "never" for none. */
  public String when(Instant instant) {
    if (instant == null) {
      return ConsoleText.text("common.never");
    }
    ZoneId zone = currentOffice.office().map(OfficeRef::timeZone).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isNetwork() {
    return network;
  }

  public void setNetwork(boolean network) {
    this.network = network;
  }

  public Integer getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(Integer requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  public String getOrigins() {
    return origins;
  }

  public void setOrigins(String origins) {
    this.origins = origins;
  }

  public ApiScope getScope() {
    return scope;
  }

  public void setScope(ApiScope scope) {
    this.scope = scope;
  }

  private String person() {
    return external().getRemoteUser();
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static void message(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
