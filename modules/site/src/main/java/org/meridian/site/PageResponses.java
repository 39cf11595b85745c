package org.meridian.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * How the public sites' answers are sent: which may be kept, by whom and for how long, and the
 * conditional requests a kept page answers with 304. One place for the caching headers that
 * browsers, the front ({@code docker/front}) and CDNs read.
 */
final class PageResponses {

  private PageResponses() {}

  /**
   * Sends a page that may be cached: with its entity tag and time, answering a matching conditional
   * request with 304. Browsers and a CDN may keep it a minute; publishing drops it from the
   * server's own cache at once. A {@code stale} page (served while the database is away) is marked
   * so ({@code Warning}, {@code X-Meridian-Stale}, {@code Age}) and must be revalidated, so that no
   * cache keeps it past the outage.
   */
  static void sendCacheable(
      HttpServletRequest request,
      HttpServletResponse response,
      CachedPage page,
      boolean stale,
      Instant now)
      throws IOException {
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.renderedAt().toEpochMilli());
    commonHeaders(response);
    if (stale) {
      response.setHeader("Cache-Control", "no-cache");
      response.setHeader("Warning", "110 - \"Response is Stale\"");
      response.setHeader("X-Meridian-Stale", "database-unavailable");
      response.setHeader(
          "Age", Long.toString(Math.max(0, Duration.between(page.renderedAt(), now).toSeconds())));
    }
    String ifNoneMatch = request.getHeader("If-None-Match");
    long ifModifiedSince = request.getDateHeader("If-Modified-Since");
    boolean notModified =
        ifNoneMatch != null
            ? ifNoneMatch.equals(page.etag()) || ifNoneMatch.equals("*")
            : ifModifiedSince >= 0 && page.renderedAt().getEpochSecond() <= ifModifiedSince / 1000;
    if (notModified) {
      response.setStatus(304);
      return;
    }
    write(request, response, 200, page.body(), page.contentType());
  }

  /**
   * Sends a page that is not kept: errors, maintenance. A 5xx is never cacheable: a browser, the
   * front or a CDN would go on showing it after the problem has gone.
   */
  static void send(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    commonHeaders(response);
    if (status >= 500) {
      response.setHeader("Cache-Control", "no-store");
    }
    write(request, response, status, html.getBytes(StandardCharsets.UTF_8), CachedPage.HTML);
  }

  /** A page for one person: not kept by browsers, proxies or CDNs. */
  static void sendPrivate(
      HttpServletRequest request, HttpServletResponse response, int status, String html)
      throws IOException {
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    write(request, response, status, html.getBytes(StandardCharsets.UTF_8), CachedPage.HTML);
  }

  /** Plain text that may be cached like a page (robots.txt). */
  static void sendText(HttpServletRequest request, HttpServletResponse response, String text)
      throws IOException {
    commonHeaders(response);
    write(
        request, response, 200, text.getBytes(StandardCharsets.UTF_8), "text/plain;charset=UTF-8");
  }

  /** A page that moved for good (an old slug, a nested page asked for at another path). */
  static void movedPermanently(HttpServletResponse response, String location) {
    commonHeaders(response);
    response.setStatus(301);
    response.setHeader("Location", location);
  }

  /** A file whose address changes with its content (a logo): kept for a year, revalidated never. */
  static void sendImmutable(
      HttpServletRequest request,
      HttpServletResponse response,
      byte[] body,
      String contentType,
      String sha256)
      throws IOException {
    String etag = "\"" + sha256 + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(304);
      return;
    }
    write(request, response, 200, body, contentType);
  }

  /** The entity tag of a page's bytes: the first half of their SHA-256, quoted. */
  static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static void commonHeaders(HttpServletResponse response) {
    response.setHeader("Cache-Control", "public, max-age=60");
    // To an nginx front (docker/front): keep it as the last good copy, but ask again before every
    // use, so that a change shows through the front as soon as on the nodes. nginx reads it and
    // never passes it on; other caches ignore it.
    response.setHeader("X-Accel-Expires", "@1");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Vary", "Host");
  }

  private static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      byte[] body,
      String contentType)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }
}
