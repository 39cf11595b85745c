package org.meridian.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers a public read so that clients and caches may keep it: a strong {@code ETag} (a hash of
 * the body, so it changes whenever anything in the answer does), {@code Cache-Control: public,
 * max-age=60} (what is published shows within a minute), and {@code 304 Not Modified} when the
 * client's {@code If-None-Match} names the current body.
 */
final class PublicCache {

  /** How long a public answer may be reused without asking again. */
  static final int MAX_AGE_SECONDS = 60;

  private static final Jsonb JSON = JsonbBuilder.create();

  private PublicCache() {}

  static Response answer(Request request, Object entity) {
    return answer(request, entity, null);
  }

  /** The answer, with {@code links} (an RFC 8288 {@code Link} header value) when not null. */
  static Response answer(Request request, Object entity, String links) {
    String body = entity instanceof String text ? text : JSON.toJson(entity);
    EntityTag tag = new EntityTag(hash(body));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    Response.ResponseBuilder answer =
        notModified != null
            ? notModified
            : Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    answer.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
    if (links != null) {
      answer.header("Link", links);
    }
    return answer.build();
  }

  static String hash(String body) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
