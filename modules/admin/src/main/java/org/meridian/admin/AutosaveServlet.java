package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.autosave.Autosaves;
import org.meridian.tenancy.permission.OfficeAction;

/**
 * The editor's autosave ({@code editor-tools.js}): {@code POST /admin/autosave} with {@code
 * {"item": 42, "basedOn": 3, "title": "…", "summary": "…", "body": "…"}} keeps what the signed-in
 * person has typed in the item's slot ({@link Autosaves}); 204. Only writers of the office (403),
 * only JSON from the console's own pages ({@code Origin} the console's, else 403: a form of another
 * site cannot send it), at most {@link #MAX_BYTES} (413); an item the office does not have is a
 * 404.
 */
@WebServlet("/admin/autosave")
public class AutosaveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int MAX_BYTES = 2 * 1024 * 1024;

  @Inject private Autosaves autosaves;
  @Inject private CurrentOffice currentOffice;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (request.getUserPrincipal() == null
        || currentOffice.office().isEmpty()
        || !currentOffice.may(OfficeAction.WRITE)
        || !sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    JsonObject sent;
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      sent = reader.readObject();
    } catch (JsonException | IllegalStateException | ClassCastException notJson) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A JSON object, please");
      return;
    }
    try {
      autosaves.keep(
          sent.getJsonNumber("item").longValueExact(),
          currentOffice.getEmail(),
          sent.getInt("basedOn"),
          sent.getString("title", ""),
          sent.getString("summary", ""),
          sent.getString("body", ""));
    } catch (NullPointerException | ClassCastException | ArithmeticException missing) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "item and basedOn are numbers");
      return;
    } catch (ContentNotFoundException gone) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  /**
   * Whether the request comes from a page of this server: the browser says so ({@code
   * Sec-Fetch-Site: same-origin}), or its Origin names the Host it was sent to.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    if ("same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    if (request.getHeader("Sec-Fetch-Site") != null) {
      return false;
    }
    String origin = request.getHeader("Origin");
    String host = request.getHeader("Host");
    if (origin == null || host == null) {
      return false;
    }
    try {
      URI from = URI.create(origin);
      String authority = from.getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
