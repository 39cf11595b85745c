package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.meridian.workflow.audit.AuditAccessDeniedException;
import org.meridian.workflow.audit.AuditCsv;
import org.meridian.workflow.audit.AuditFilter;
import org.meridian.workflow.audit.AuditPage;
import org.meridian.workflow.audit.AuditTrail;

/**
 * The audit screen's search as a CSV download ({@code /admin/audit.csv?} + the screen's
 * parameters). 403 for anyone {@link AuditTrail} refuses, 400 for a malformed filter.
 */
@WebServlet("/admin/audit.csv")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private AuditTrail trail;
  @Inject private Clock clock;
  @Inject private CurrentOffice currentOffice;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Principal person = request.getUserPrincipal();
    AuditPage page;
    try {
      AuditFilter filter = AuditFilter.fromParameters(request::getParameter);
      page =
          trail.export(
              person == null ? null : person.getName(),
              currentOffice.office().orElse(null),
              filter);
    } catch (AuditAccessDeniedException denied) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
      return;
    } catch (IllegalArgumentException bad) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
      return;
    }
    String name =
        "meridian-audit-"
            + page.scope().toString().replace(' ', '-')
            + "-"
            + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            + ".csv";
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (page.more()) {
      response.setHeader("X-Meridian-Truncated", "first " + AuditTrail.MAX_EXPORT + " entries");
    }
    Writer out = response.getWriter();
    AuditCsv.write(page.rows(), out);
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
