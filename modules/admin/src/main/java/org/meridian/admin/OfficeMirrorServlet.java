package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import org.meridian.content.mirror.MirrorDeniedException;
import org.meridian.content.mirror.MirrorReport;
import org.meridian.content.mirror.StaticMirror;
import org.meridian.tenancy.Refused;

/**
 * Static mirrors over HTTP, for the command line and the console's download link (docs/mirror.md):
 * {@code POST /admin/mirror/write?office=gambia&base=https://…} writes or refreshes the office's
 * mirror on the server and answers its report as text; {@code GET /admin/mirror/zip?office=gambia}
 * downloads the mirror's folder as a zip; {@code GET /admin/mirror/token} gives the session's token
 * that a POST carries ({@code X-Meridian-Mirror-Token}), so that a page of another site cannot
 * start one. Who may: {@link StaticMirror} asks the permission rule ({@code WRITE_MIRROR}: HQ
 * administrators and the office's administrators).
 */
@WebServlet("/admin/mirror/*")
public class OfficeMirrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient StaticMirror mirrors;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String actor = actor(request);
    switch (String.valueOf(request.getPathInfo())) {
      case "/token" ->
          plain(
              response,
              HttpServletResponse.SC_OK,
              OfficeArchiveServlet.token(request.getSession()));
      case "/zip" -> zip(request, response, actor);
      default -> plain(response, HttpServletResponse.SC_NOT_FOUND, "No such mirror address");
    }
  }

  private void zip(HttpServletRequest request, HttpServletResponse response, String actor)
      throws IOException {
    String office = String.valueOf(request.getParameter("office"));
    try {
      // Checked before anything is sent: a refusal still gets its status.
      mirrors.last(office, actor);
    } catch (MirrorDeniedException denied) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
      return;
    } catch (RuntimeException refused) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, text(refused));
      return;
    }
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"meridian-mirror-" + office + ".zip\"");
    response.setHeader("Cache-Control", "no-store");
    try (OutputStream out = response.getOutputStream()) {
      mirrors.zip(office, out, actor);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/write".equals(request.getPathInfo())) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "No such mirror address");
      return;
    }
    HttpSession session = request.getSession(false);
    String given = request.getHeader("X-Meridian-Mirror-Token");
    if (session == null
        || given == null
        || !MessageDigest.isEqual(
            OfficeArchiveServlet.token(session).getBytes(StandardCharsets.UTF_8),
            given.getBytes(StandardCharsets.UTF_8))) {
      plain(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "The mirror token is missing or wrong: read it at /admin/mirror/token first.");
      return;
    }
    try {
      MirrorReport report =
          mirrors.write(
              request.getParameter("office"), request.getParameter("base"), actor(request));
      plain(response, HttpServletResponse.SC_OK, report.text());
    } catch (MirrorDeniedException denied) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
    } catch (IllegalArgumentException refused) {
      plain(response, HttpServletResponse.SC_BAD_REQUEST, text(refused));
    }
  }

  private static String text(RuntimeException refused) {
    return refused instanceof Refused r && r.refusal() != null
        ? r.refusal().text()
        : refused.getMessage();
  }

  private static String actor(HttpServletRequest request) {
    Principal person = request.getUserPrincipal();
    return person == null ? null : person.getName();
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
