package org.meridian.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.media.MediaContent;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLinks;
import org.meridian.content.preview.PreviewLinks;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.people.ConsoleSessions;
import org.meridian.tenancy.permission.OfficePermissions;

/**
 * Serves library files at {@code /media/{office}/{id}/{variant}/{file name}} (see {@link
 * MediaLinks}). The request works for the office in the address, so only that office's own assets
 * are found: HQ's shared files are read under HQ's code, and an id of another office under this
 * code is a 404 like any unknown address.
 *
 * <p>The public gets only files that a live item uses ({@link PublicMedia}); any other file — an
 * embargoed photo uploaded for a draft, a file of an unpublished item — is a 404 like an unknown
 * address, except to people signed in to the console who may work with the library ({@link
 * OfficePermissions#maySeeLibraryOf}) and to holders of a preview that shows it (a {@code preview}
 * token, see {@link PreviewLinks#mediaToken}); those get it with {@code private, no-store}. As a
 * file may stop being public when its item goes offline, public answers are kept 5 minutes, not for
 * ever, and revalidated by their {@code ETag}.
 */
@WebServlet(name = "media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** How long browsers and CDNs keep a public file before they ask again. */
  static final String PUBLIC = "public, max-age=300";

  private static final Logger LOG = Logger.getLogger(MediaServlet.class.getName());

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private MediaLibrary library;
  @Inject private PublicMedia publicMedia;
  @Inject private ConsoleSessions sessions;
  @Inject private OfficePermissions permissions;
  @Inject private PreviewLinks previews;
  @Inject private Clock clock;

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
    boolean open = publicMedia.isPublic(office.get(), a.id());
    if (!open && !mayBeShownUnpublished(request, office.get(), a.id())) {
      notFound(response);
      return;
    }
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      // A revalidation (every 5 minutes per browser and CDN): answered without reading the file.
      Optional<String> etag = library.etag(a.id(), a.variant(), a.fileName());
      if (etag.isPresent() && (ifNoneMatch.equals(etag.get()) || ifNoneMatch.equals("*"))) {
        response.setHeader("Cache-Control", open ? PUBLIC : "private, no-store");
        response.setHeader("ETag", etag.get());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setStatus(304);
        return;
      }
    }
    Optional<MediaContent> file = library.open(a.id(), a.variant(), a.fileName());
    if (file.isEmpty()) {
      notFound(response);
      return;
    }
    MediaContent content = file.get();
    // A file's bytes never change, but whether it is public does: kept 5 minutes, then revalidated
    // (a 304 while it stays public). Files shown to staff or a preview are kept by nobody.
    response.setHeader("Cache-Control", open ? PUBLIC : "private, no-store");
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
    response.setStatus(200);
    response.setContentType(content.mediaType());
    response.setContentLength(content.bytes().length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(content.bytes());
    }
  }

  /**
   * Whether a file no live item uses may be shown to this request: to a holder of a preview token
   * for it, or to someone signed in to the console who may see the owner's library.
   */
  private boolean mayBeShownUnpublished(HttpServletRequest request, OfficeRef owner, long id) {
    String token = request.getParameter("preview");
    if (token != null && previews.acceptsMediaToken(owner.code(), id, token, clock.instant())) {
      return true;
    }
    return sessions
        .signedIn(request)
        .filter(person -> permissions.maySeeLibraryOf(person, owner))
        .isPresent();
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
