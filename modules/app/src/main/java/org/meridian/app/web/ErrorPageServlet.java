package org.meridian.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The page of last resort for errors nothing else handled: a plain message, never internals. */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i && i >= 400 ? i : 500;
    String title =
        status == 404
            ? "Page not found"
            : status < 500 ? "Request refused" : "Something went wrong";
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + title
                + " | Meridian</title></head><body><main><h1>"
                + title
                + "</h1><p>"
                + (status >= 500
                    ? "The request could not be completed. Please try again in a moment."
                    : "The request could not be served.")
                + "</p><p><a href=\"/\">Meridian</a></p></main></body></html>");
  }
}
