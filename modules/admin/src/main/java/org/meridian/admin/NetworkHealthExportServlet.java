package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.meridian.workflow.network.HealthColumn;
import org.meridian.workflow.network.HealthCsv;
import org.meridian.workflow.network.HqOnlyException;
import org.meridian.workflow.network.NetworkHealth;
import org.meridian.workflow.network.OfficeHealth;

/**
 * The network health dashboard as a CSV download ({@code /admin/network-health.csv?} + the
 * dashboard's parameters): the rows it shows, in its order. HQ administrators only (web.xml and
 * {@link NetworkHealth}); audited like the dashboard.
 */
@WebServlet("/admin/network-health.csv")
public class NetworkHealthExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkHealth health;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Principal person = request.getUserPrincipal();
    String region = request.getParameter("region");
    boolean knownRegion =
        region == null
            || region.isEmpty()
            || health.regions().stream().anyMatch(r -> r.code().value().equals(region));
    if (!knownRegion) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, "There is no such region.");
      return;
    }
    List<OfficeHealth> rows;
    try {
      rows =
          health.overview(
              person == null ? null : person.getName(),
              region,
              HealthColumn.named(request.getParameter("sort")));
    } catch (HqOnlyException refused) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, "Only HQ administrators see the network.");
      return;
    }
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"meridian-network-health-"
            + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            + ".csv\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    HealthCsv.write(rows, response.getWriter());
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
