package org.meridian.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads one HTTP/1.1 response from a socket by its {@code Content-Length}, without waiting for the
 * server to close the connection.
 */
final class RawResponses {

  private RawResponses() {}

  /** The status line, the headers and the body as text. */
  static String read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!endsWithBlankLine(head.toByteArray())) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("The connection closed before the headers ended: " + head);
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int length = contentLength(headers);
    byte[] body = in.readNBytes(length);
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  private static boolean endsWithBlankLine(byte[] bytes) {
    int n = bytes.length;
    return n >= 4
        && bytes[n - 4] == '\r'
        && bytes[n - 3] == '\n'
        && bytes[n - 2] == '\r'
        && bytes[n - 1] == '\n';
  }

  private static int contentLength(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    throw new IllegalStateException("The response has no Content-Length:\n" + headers);
  }
}
