package org.meridian.content.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * Makes and checks the signed, expiring addresses at which editors preview a revision on their
 * office's site: {@code /{office}/{lang}/preview/{item}?revision=N&expires=T&signature=S}. Anyone
 * holding the address sees that revision until it expires (so it can be sent to a colleague); it
 * grants nothing else.
 */
@ApplicationScoped
public class PreviewLinks {

  /** The address segment after the language. */
  public static final String PATH = "preview";

  /** What media tokens sign instead of an office code ({@code /} is in no office code). */
  private static final String MEDIA = "media/";

  @Inject private PreviewKey key;

  @Inject
  @ConfigProperty(name = "meridian.preview.hours", defaultValue = "24")
  private int hours;

  /** A preview address (from the site's root, without host) valid for the configured hours. */
  public String address(
      OfficeCode office, LanguageTag language, long item, int revision, Instant now) {
    long expires = now.plus(Duration.ofHours(Math.max(1, hours))).getEpochSecond();
    String signature = key.signature().sign(office.value(), item, revision, expires);
    return "/"
        + office.value()
        + "/"
        + language.value()
        + "/"
        + PATH
        + "/"
        + item
        + "?revision="
        + revision
        + "&expires="
        + expires
        + "&signature="
        + signature;
  }

  /**
   * The revision a preview address shows, when its parts are well formed, its signature is right
   * and it has not expired.
   */
  public Optional<PreviewRequest> check(
      OfficeCode office,
      String item,
      String revision,
      String expires,
      String signature,
      Instant now) {
    try {
      long itemId = Long.parseLong(item);
      int number = Integer.parseInt(revision);
      long until = Long.parseLong(expires);
      if (key.signature().accepts(office.value(), itemId, number, until, signature, now)) {
        return Optional.of(new PreviewRequest(itemId, number, Instant.ofEpochSecond(until)));
      }
    } catch (NumberFormatException | NullPointerException malformed) {
      // Not an address this class made.
    }
    return Optional.empty();
  }

  /**
   * The value of {@code ?preview=} that lets whoever holds a preview see file {@code id} of {@code
   * owner}'s library until {@code expires}, though no live item uses it yet: {@code
   * {expires}.{signature}}, signed for that one file (a purpose no preview address can have).
   */
  public String mediaToken(OfficeCode owner, long id, Instant expires) {
    long until = expires.getEpochSecond();
    return until + "." + key.signature().sign(MEDIA + owner.value(), id, 0, until);
  }

  /** Whether {@code token} was made by {@link #mediaToken} for this file and has not expired. */
  public boolean acceptsMediaToken(OfficeCode owner, long id, String token, Instant now) {
    if (token == null) {
      return false;
    }
    int dot = token.indexOf('.');
    try {
      long until = Long.parseLong(token.substring(0, Math.max(dot, 0)));
      return key.signature()
          .accepts(MEDIA + owner.value(), id, 0, until, token.substring(dot + 1), now);
    } catch (NumberFormatException malformed) {
      return false;
    }
  }

  /** What a valid preview address asks for. */
  public record PreviewRequest(long itemId, int revision, Instant expires) {}
}
