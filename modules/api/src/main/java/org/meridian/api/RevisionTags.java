package org.meridian.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity tag of an item for its editors: its latest revision, {@code "r<number>"}. A write with
 * {@code If-Match} names the revision it was based on this way (RFC 9110 §13.1.1); {@code *} means
 * "whatever the latest is".
 */
final class RevisionTags {

  private static final Pattern TAG = Pattern.compile("\"r([1-9][0-9]{0,8})\"");

  /** {@code If-Match: *}: based on the latest revision, whichever it is. */
  static final int ANY = 0;

  private RevisionTags() {}

  static EntityTag of(int revision) {
    return new EntityTag(value(revision));
  }

  /** The tag's value, without its quotes. */
  static String value(int revision) {
    return "r" + revision;
  }

  /**
   * The revision an {@code If-Match} header names: empty when there is no header, {@link #ANY} for
   * {@code *}, {@code -1} when it names no revision of ours (a weak tag, another format): such a
   * precondition can never hold.
   */
  static Optional<Integer> ifMatch(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.equals("*")) {
      return Optional.of(ANY);
    }
    Matcher m = TAG.matcher(value);
    return Optional.of(m.matches() ? Integer.parseInt(m.group(1)) : -1);
  }
}
