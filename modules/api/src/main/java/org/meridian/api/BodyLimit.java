package org.meridian.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body larger than the API reads, with 413 before it is read whole: {@value
 * #JSON_MAX} bytes (uploads, {@code multipart/form-data}, are held to the media library's limits
 * instead). A declared {@code Content-Length} over the limit is refused at once; a body sent
 * without one is counted as it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

  /** The largest JSON body: an item's rich text fits many times over. */
  static final int JSON_MAX = 2 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!request.hasEntity()) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      return; // uploads are held to the media library's own limits
    }
    long max = JSON_MAX;
    if (request.getLength() > max) {
      throw tooLarge(max);
    }
    request.setEntityStream(new Bounded(request.getEntityStream(), max));
  }

  static WebApplicationException tooLarge(long max) {
    return new WebApplicationException(
        "The body is larger than the " + max + " bytes this API reads",
        Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build());
  }

  /** Counts the bytes read and refuses the body once it passes the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long read;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw tooLarge(max);
      }
    }
  }
}
