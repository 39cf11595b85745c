package org.meridian.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLimits;

/**
 * Refuses a console upload that is larger than the media library takes before a byte of it is read,
 * with 413 and a page that says what to do: a 2 GB file never reaches the disk or Faces.
 */
@WebFilter(urlPatterns = "/admin/*")
public class UploadSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Room for the form's other fields next to the file. */
  private static final long FORM_FIELDS = 1024 * 1024;

  /**
   * Office archives and WordPress exports with their uploads are whole offices, not library files
   * (docs/archive.md): their servlet checks them entry by entry.
   */
  private static final String ARCHIVES = "/admin/archive/";

  @Inject private MediaLibrary library;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    long most = library.limits().maxBytes() + FORM_FIELDS;
    if ("POST".equals(request.getMethod())
        && !request
            .getRequestURI()
            .substring(request.getContextPath().length())
            .startsWith(ARCHIVES)
        && type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
        && request.getContentLengthLong() > most) {
      byte[] page =
          ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>File too large"
                  + " · Meridian</title></head><body><main><h1>The file is too large</h1><p>The"
                  + " upload was "
                  + MediaLimits.readable(request.getContentLengthLong())
                  + "; the library takes files of at most "
                  + MediaLimits.readable(library.limits().maxBytes())
                  + ". Nothing was stored.</p><p><a href=\"/admin/media.xhtml\">Back to the media"
                  + " library</a></p></main></body></html>")
              .getBytes(StandardCharsets.UTF_8);
      response.setStatus(413);
      response.setHeader("Connection", "close");
      response.setContentType("text/html;charset=UTF-8");
      response.setContentLength(page.length);
      response.getOutputStream().write(page);
      return;
    }
    chain.doFilter(request, response);
  }
}
