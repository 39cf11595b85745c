package org.meridian.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The error answers many operations share, described once in {@code #/components/responses} and
 * given to each operation by rule, so that a resource annotates only what is its own: an operation
 * that needs a token may answer 401, 403 and 429 (with {@code Retry-After}); one that reads a body
 * 400, 413, 415 and 422; one with query parameters 400; one that names an item, or a public one
 * that names an office, 404; one that writes on top of a revision (it takes {@code If-Match}) 409,
 * 412 and 428. An operation's own annotation for a status wins.
 */
final class SharedResponses {

  static final String NO_TOKEN = "NoToken";
  static final String FORBIDDEN = "Forbidden";
  static final String TOO_MANY = "TooMany";
  static final String BAD_REQUEST = "BadRequest";
  static final String NOT_FOUND = "NotFound";
  static final String TOO_LARGE = "TooLarge";
  static final String UNSUPPORTED = "Unsupported";
  static final String INVALID = "Invalid";

  /** A save on top of a revision (PUT and PATCH of an item): the revision it is based on. */
  static final String STALE_BASE = "StaleBase";

  static final String STALE_IF_MATCH = "StaleIfMatch";
  static final String NO_BASE = "NoBase";

  private static final Map<String, String> DESCRIBED = new LinkedHashMap<>();

  static {
    DESCRIBED.put(NO_TOKEN, "No token, or a malformed, unknown, expired or revoked one");
    DESCRIBED.put(
        FORBIDDEN,
        "The token is another office's, lacks the scope, or its office is not active; or what the"
            + " token acts as may not do this (the problem's code says which rule)");
    DESCRIBED.put(TOO_MANY, "The token's rate limit is reached: retry after Retry-After seconds");
    DESCRIBED.put(BAD_REQUEST, "A parameter or the body is not what the endpoint reads");
    DESCRIBED.put(NOT_FOUND, "No such office, item or file (in this office)");
    DESCRIBED.put(TOO_LARGE, "The body is larger than the API reads");
    DESCRIBED.put(UNSUPPORTED, "The body is not of a media type the endpoint reads");
    DESCRIBED.put(INVALID, "Fields of the body are invalid: every one is listed in 'errors'");
    DESCRIBED.put(NO_BASE, "Neither If-Match nor basedOnRevision was sent");
  }

  /** The conflicts of a save on top of an old revision: what changed since, and your fields. */
  private static final Map<String, String> CONFLICTS =
      Map.of(
          STALE_BASE,
          "basedOnRevision is not the latest: what changed since, and your fields",
          STALE_IF_MATCH,
          "If-Match is not the latest revision: what changed since, and your fields");

  private SharedResponses() {}

  /** Adds the shared answers to the document's components. */
  static void describe(Components components) {
    DESCRIBED.forEach(
        (name, description) -> {
          APIResponse response =
              OASFactory.createAPIResponse()
                  .description(description)
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              ApiError.PROBLEM_JSON,
                              OASFactory.createMediaType()
                                  .schema(OASFactory.createSchema().ref("ApiError"))));
          if (name.equals(TOO_MANY)) {
            response.addHeader(
                "Retry-After",
                OASFactory.createHeader()
                    .description("Seconds to wait")
                    .schema(
                        OASFactory.createSchema()
                            .addType(
                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                    .INTEGER)));
          }
          components.addResponse(name, response);
        });
    CONFLICTS.forEach(
        (name, description) ->
            components.addResponse(
                name,
                OASFactory.createAPIResponse()
                    .description(description)
                    .content(
                        OASFactory.createContent()
                            .addMediaType(
                                ApiError.PROBLEM_JSON,
                                OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("ConflictJson"))))));
  }

  /** Gives each operation of {@code path} the shared answers its shape calls for. */
  static void addTo(String path, PathItem item) {
    item.getOperations()
        .forEach(
            (method, operation) -> {
              boolean secured =
                  operation.getSecurity() != null && !operation.getSecurity().isEmpty();
              if (secured) {
                add(operation, "401", NO_TOKEN);
                add(operation, "403", FORBIDDEN);
                add(operation, "429", TOO_MANY);
              }
              if (operation.getRequestBody() != null) {
                add(operation, "400", BAD_REQUEST);
                add(operation, "413", TOO_LARGE);
                add(operation, "415", UNSUPPORTED);
                add(operation, "422", INVALID);
              }
              if (hasQuery(operation) || hasQuery(item)) {
                add(operation, "400", BAD_REQUEST);
              }
              if (takesIfMatch(operation)) {
                add(operation, "409", STALE_BASE);
                add(operation, "412", STALE_IF_MATCH);
                add(operation, "428", NO_BASE);
              }
              if (path.matches(".*\\{(id|mediaId|scheduleId)}.*")
                  || (!secured && path.contains("{code}"))) {
                add(operation, "404", NOT_FOUND);
              }
            });
  }

  private static boolean hasQuery(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
  }

  /** Whether the operation reads {@code If-Match}: a save on top of the revision it names. */
  private static boolean takesIfMatch(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
  }

  private static boolean hasQuery(PathItem item) {
    return item.getParameters() != null
        && item.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
  }

  private static void add(Operation operation, String status, String name) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }
  }
}
