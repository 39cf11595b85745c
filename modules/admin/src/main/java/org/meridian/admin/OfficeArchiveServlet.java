package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import org.meridian.content.archive.ArchiveDeniedException;
import org.meridian.content.archive.ImportJob;
import org.meridian.content.archive.ImportJobs;
import org.meridian.content.archive.ImportProgress;
import org.meridian.content.archive.ImportReport;
import org.meridian.content.archive.OfficeExport;
import org.meridian.content.archive.OfficeImport;
import org.meridian.content.wordpress.WordPressImport;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Office archives over HTTP, for HQ administrators (docs/archive.md): {@code GET
 * /admin/archive/export?office=gambia[&liveOnly=true][&people=true]} downloads an office (with its
 * people and their roles when asked); {@code POST /admin/archive/import?as=code} uploads an archive
 * (the raw zip as the body, or a form's {@code archive} file) and either waits and answers the
 * report as text ({@code &wait=true}, the command line) or starts a background import and sends the
 * console to its progress ({@code /admin/archives.xhtml?job=…}). A POST carries the session's
 * archive token ({@code token} field or {@code X-Meridian-Archive-Token} header), read with {@code
 * GET /admin/archive/token}: a page of another site cannot send one. {@code POST
 * /admin/archive/wordpress?office=code[&dryRun=true]} takes a WordPress export (the WXR file, or a
 * zip of it with its uploads folder) the same ways.
 */
@WebServlet("/admin/archive/*")
@MultipartConfig
public class OfficeArchiveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String TOKEN = OfficeArchiveServlet.class.getName() + ".token";

  @Inject private OfficeExport export;
  @Inject private OfficeImport imports;
  @Inject private ImportJobs jobs;
  @Inject private Clock clock;
  @Inject private WordPressImport wordpressImport;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String actor = actor(request);
    try {
      export.requireAllowed(actor);
    } catch (ArchiveDeniedException denied) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
      return;
    }
    switch (String.valueOf(request.getPathInfo())) {
      case "/token" -> plain(response, HttpServletResponse.SC_OK, token(request.getSession()));
      case "/export" -> export(request, response, actor);
      case "/job" -> job(request, response, actor);
      default -> plain(response, HttpServletResponse.SC_NOT_FOUND, "No such archive address");
    }
  }

  private void export(HttpServletRequest request, HttpServletResponse response, String actor)
      throws IOException {
    String code = request.getParameter("office");
    boolean liveOnly = "true".equals(request.getParameter("liveOnly"));
    boolean withPeople = "true".equals(request.getParameter("people"));
    OfficeRef office;
    try {
      office = export.office(code == null ? "" : code);
    } catch (IllegalArgumentException unknown) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, unknown.getMessage());
      return;
    }
    String name =
        "meridian-"
            + office.code().value()
            + (liveOnly ? "-live" : "")
            + (withPeople ? "-people" : "")
            + "-"
            + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            + ".zip";
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "no-store");
    // Streamed as it is written: an office of any size, with a small buffer.
    try (OutputStream out = response.getOutputStream()) {
      export.export(office.code().value(), liveOnly, withPeople, out, actor);
    }
  }

  /**
   * A background import's state, as text for the command line: 202 and {@code phase done total}
   * while it runs; then its report, 200 (or 422 when the archive was refused as a whole).
   */
  private void job(HttpServletRequest request, HttpServletResponse response, String actor)
      throws IOException {
    ImportJob job = jobs.find(request.getParameter("id"), actor).orElse(null);
    if (job == null) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "No such import");
    } else if (!job.finished()) {
      plain(response, 202, job.phase() + " " + job.done() + " " + job.total());
    } else {
      plain(
          response,
          wholeRefused(job.report()) ? 422 : HttpServletResponse.SC_OK,
          job.report().text());
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String actor = actor(request);
    try {
      export.requireAllowed(actor);
    } catch (ArchiveDeniedException denied) {
      plain(response, HttpServletResponse.SC_FORBIDDEN, denied.getMessage());
      return;
    }
    boolean wordpress = "/wordpress".equals(request.getPathInfo());
    if (!"/import".equals(request.getPathInfo()) && !wordpress) {
      plain(response, HttpServletResponse.SC_NOT_FOUND, "No such archive address");
      return;
    }
    boolean multipart =
        request.getContentType() != null
            && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    Part part = multipart ? request.getPart("archive") : null;
    String given =
        multipart ? field(request, "token") : request.getHeader("X-Meridian-Archive-Token");
    HttpSession session = request.getSession(false);
    if (session == null || given == null || !sameToken(token(session), given)) {
      plain(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "The archive token is missing or wrong: reload the page and upload again.");
      return;
    }
    String as =
        multipart
            ? field(request, wordpress ? "office" : "as")
            : request.getParameter(wordpress ? "office" : "as");
    Path file = Files.createTempFile("meridian-import-", ".zip");
    try (InputStream in = multipart ? part.getInputStream() : request.getInputStream()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (wordpress) {
      boolean dryRun =
          "true".equals(multipart ? field(request, "dryRun") : request.getParameter("dryRun"));
      String language = multipart ? field(request, "language") : request.getParameter("language");
      Map<String, String> authors =
          WordPressUpload.authors(
              multipart ? field(request, "authors") : request.getParameter("authors"));
      java.util.function.Function<ImportProgress, ImportReport> work =
          progress ->
              WordPressUpload.run(
                  wordpressImport, file, as, language, authors, dryRun, actor, progress);
      if ("true".equals(request.getParameter("wait"))) {
        try {
          ImportReport report = work.apply((phase, done, total) -> {});
          plain(response, wholeRefused(report) ? 422 : HttpServletResponse.SC_OK, report.text());
        } finally {
          Files.deleteIfExists(file);
        }
        return;
      }
      ImportJob job = jobs.start(file, as, actor, work);
      response.sendRedirect(request.getContextPath() + "/admin/archives.xhtml?job=" + job.id());
      return;
    }
    if ("true".equals(request.getParameter("wait"))) {
      try {
        ImportReport report = imports.importArchive(file, as, actor, (phase, done, total) -> {});
        plain(response, wholeRefused(report) ? 422 : HttpServletResponse.SC_OK, report.text());
      } finally {
        Files.deleteIfExists(file);
      }
      return;
    }
    ImportJob job = jobs.start(file, as, actor);
    response.sendRedirect(request.getContextPath() + "/admin/archives.xhtml?job=" + job.id());
  }

  /** Whether the import was refused as a whole (the archive, the office), not part by part. */
  private static boolean wholeRefused(ImportReport report) {
    return report.count(ImportReport.Outcome.REFUSED, "archive")
            + report.count(ImportReport.Outcome.REFUSED, "office")
            + report.count(ImportReport.Outcome.REFUSED, "wordpress")
        > 0;
  }

  private static String field(HttpServletRequest request, String name)
      throws IOException, ServletException {
    Part part = request.getPart(name);
    if (part == null) {
      return null;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
    }
  }

  /** The session's archive token, made on first use. */
  static String token(HttpSession session) {
    Object token = session.getAttribute(TOKEN);
    if (token == null) {
      byte[] bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      token = HexFormat.of().formatHex(bytes);
      session.setAttribute(TOKEN, token);
    }
    return (String) token;
  }

  private static boolean sameToken(String expected, String given) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static String actor(HttpServletRequest request) {
    Principal person = request.getUserPrincipal();
    return person == null ? null : person.getName();
  }

  private static void plain(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
