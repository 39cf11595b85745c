package org.meridian.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.media.MediaContent;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLinks;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;

/**
 * Serves library files at {@code /media/{office}/{id}/{variant}/{file name}} (see {@link
 * MediaLinks}). The request works for the office in the address, so only that office's own assets
 * are found: HQ's shared files are read under HQ's code, and an id of another office under this
 * code is a 404 like any unknown address. A file's address never changes meaning, so it may be kept
 * for a year ({@code immutable}).
 */
@WebServlet(name = "media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private MediaLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      serve(request, response);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Could not serve " + request.getRequestURI(), e);
      if (!response.isCommitted()) {
        response.reset();
        plain(response, 500, "The file could not be sent. Please try again in a moment.");
      }
    }
  }

  private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<MediaLinks.Address> address = MediaLinks.parse(path);
    Optional<OfficeRef> office =
        address
            .flatMap(a -> OfficeCode.parse(a.officeCode()))
            .flatMap(offices::find)
            .filter(o -> o.status() != OfficeStatus.ARCHIVED);
    if (address.isEmpty() || office.isEmpty()) {
      notFound(response);
      return;
    }
    tenant.enter(office.get());
    MediaLinks.Address a = address.get();
    Optional<MediaContent> file = library.open(a.id(), a.variant(), a.fileName());
    if (file.isEmpty()) {
      notFound(response);
      return;
    }
    MediaContent content = file.get();
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("ETag", content.etag());
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (content.mediaType().startsWith("image/")) {
      // Even a picture that hid something could not run scripts as the site. (Not for PDF:
      // browsers refuse to show a sandboxed PDF.)
      response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }
    response.setHeader(
        "Content-Disposition",
        (content.inline() ? "inline" : "attachment") + "; filename=\"" + content.fileName() + "\"");
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null && (ifNoneMatch.equals(content.etag()) || ifNoneMatch.equals("*"))) {
      response.setStatus(304);
      return;
    }
    response.setStatus(200);
    response.setContentType(content.mediaType());
    response.setContentLength(content.bytes().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(content.bytes());
    }
  }

  private static void notFound(HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "public, max-age=60");
    plain(response, 404, "No file at this address.");
  }

  private static void plain(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
