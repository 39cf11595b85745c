package org.meridian.api;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the write endpoints' bodies, for the OpenAPI document: the endpoints read their
 * body member by member ({@link NewItem}, {@link RevisionPatch}) so that every invalid member is
 * named.
 */
final class RequestBodies {

  private RequestBodies() {}

  /** The body of {@code POST /offices/{code}/items}. */
  @Schema(name = "NewItem", additionalProperties = Schema.False.class)
  public record NewItemBody(
      @Schema(required = true, description = "page, news, event, publication, … (lower case)")
          String type,
      @Schema(required = true, description = "One of the office's languages") String language,
      @Schema(required = true, maxLength = 120, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
      @Schema(required = true, maxLength = 300) String title,
      @Schema(maxLength = 1000) String summary,
      @Schema(description = "HTML, cleaned with an allow-list") String body,
      @Schema(description = "The type's own fields (docs/content.md)") JsonObject fields) {}

  /** The body of {@code PUT} and {@code PATCH /offices/{code}/items/{id}}. */
  @Schema(name = "RevisionChange", additionalProperties = Schema.False.class)
  public record RevisionBody(
      @Schema(
              minimum = "1",
              description =
                  "The revision the change is based on, unless If-Match names it; members not"
                      + " sent keep their value")
          Integer basedOnRevision,
      @Schema(maxLength = 300) String title,
      @Schema(maxLength = 1000, nullable = true, description = "null clears it") String summary,
      @Schema(nullable = true, description = "HTML; null clears it") String body,
      @Schema(
              description =
                  "PATCH: merged member by member (null removes one); PUT: replaces them all")
          JsonObject fields,
      @Schema(
              nullable = true,
              description =
                  "A media id of the office's library or HQ's, with its alternative text unless"
                      + " decorative; replaced as a whole; null removes it")
          HeroImageBody heroImage,
      @Schema(maxLength = 300, nullable = true, description = "null clears it")
          String seoDescription,
      @Schema(minimum = "1", nullable = true, description = "A media id; null removes it")
          Long socialImage) {}

  /** An item's hero image as a write sends it. */
  @Schema(name = "HeroImageChange", additionalProperties = Schema.False.class)
  public record HeroImageBody(
      @Schema(required = true, minimum = "1") Long id,
      @Schema(maxLength = 300, description = "Required unless decorative") String alt,
      Boolean decorative) {}
}
