package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridian.content.EditorQueries;
import org.meridian.content.LinkChoice;
import org.meridian.tenancy.permission.OfficeAction;

/**
 * The editor's internal link picker ({@code editor-tools.js}): {@code GET
 * /admin/item-links.json?q=words} answers the current office's items whose title contains the
 * words, as {@code [{"id": 42, "title": "…", "language": "en", "path": "en/about-us", "live": true,
 * "href": "meridian:item/42"}]}, at most {@link #LIMIT}. Only people who write in the office get an
 * answer (403 otherwise); the data layer keeps it to that office's items.
 */
@WebServlet("/admin/item-links.json")
public class ItemLinkSearchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final int LIMIT = 20;

  @Inject private EditorQueries queries;
  @Inject private CurrentOffice currentOffice;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (request.getUserPrincipal() == null
        || currentOffice.office().isEmpty()
        || !currentOffice.may(OfficeAction.WRITE)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String words = request.getParameter("q");
    if (words != null && words.length() > 200) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "At most 200 characters");
      return;
    }
    JsonArrayBuilder found = Json.createArrayBuilder();
    for (LinkChoice choice : queries.linkChoices(words, LIMIT)) {
      found.add(
          Json.createObjectBuilder()
              .add("id", choice.itemId())
              .add("title", choice.title())
              .add("language", choice.language())
              .add("path", choice.path())
              .add("live", choice.live())
              .add("href", "meridian:item/" + choice.itemId()));
    }
    response.setContentType("application/json; charset=UTF-8");
    response.getWriter().write(found.build().toString());
  }
}
