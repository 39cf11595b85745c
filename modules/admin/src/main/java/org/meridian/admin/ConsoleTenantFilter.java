package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.meridian.tenancy.TenantContext;

/**
 * Resolves the console's office for each request: the signed-in person's current office, which is
 * always one they are a member of and that is active (never a suspended or archived one). An {@code
 * ?office=} parameter switches among those.
 */
@WebFilter(urlPatterns = "/admin/*")
public class ConsoleTenantFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentOffice currentOffice;
  @Inject private TenantContext tenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal person = request.getUserPrincipal();
    if (person != null) {
      currentOffice.ensureLoadedFor(person.getName());
      currentOffice.checkOfficeStatus();
      // The switcher is a GET form; a POST's body is left unread here (see UploadSizeFilter).
      String wanted = "GET".equals(request.getMethod()) ? request.getParameter("office") : null;
      if (wanted != null) {
        currentOffice.switchTo(wanted);
      }
      currentOffice.office().ifPresent(tenant::enter);
      if (currentOffice.isReachedThroughRegion() && !openThroughRegion(request, response)) {
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * In a country office of their region a regional administrator opens only its administration: the
   * console's entrances lead to its people, any other page answers 403.
   */
  private static boolean openThroughRegion(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (RegionalAdministrationPages.isOpen(path)) {
      return true;
    }
    if (RegionalAdministrationPages.isEntrance(path) && "GET".equals(request.getMethod())) {
      response.sendRedirect(request.getContextPath() + RegionalAdministrationPages.HOME);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
