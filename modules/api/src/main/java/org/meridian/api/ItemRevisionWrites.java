package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentService;
import org.meridian.content.EditableItem;
import org.meridian.content.EditorQueries;
import org.meridian.content.RevisionConflictException;
import org.meridian.content.RevisionInput;

/**
 * {@code PUT} and {@code PATCH} of an item's text: a new latest revision on top of the revision the
 * client read, named by {@code If-Match: "r<n>"} (the item's {@code ETag}) or by {@code
 * basedOnRevision}. With neither, 428: a blind write could undo someone's work. When someone saved
 * a newer revision since, nothing is written: 409 for {@code basedOnRevision}, 412 for {@code
 * If-Match}, both with the word diff of what they changed ({@link ConflictJson}).
 */
@RequestScoped
public class ItemRevisionWrites {

  @Inject private EditorQueries queries;
  @Inject private ContentService content;
  @Inject private ApiCaller caller;
  @Inject private ItemReads reads;

  Response write(String code, long itemId, String body, String ifMatch, boolean put) {
    var token = caller.require();
    RevisionPatch patch = RevisionPatch.parse(body, put);
    EditableItem latest =
        queries
            .findEditable(itemId)
            .orElseThrow(() -> ContentNotFoundException.item(Long.toString(itemId)));
    Optional<Integer> named = RevisionTags.ifMatch(ifMatch);
    int base;
    if (named.isPresent()) {
      if (named.get() < 0) {
        return precondition(
            412,
            "Precondition Failed",
            "If-Match names no revision of this item: send the item's ETag, e.g. If-Match:"
                + " \"r"
                + latest.latestRevision()
                + "\"");
      }
      base = named.get() == RevisionTags.ANY ? latest.latestRevision() : named.get();
      if (patch.basedOnRevision() != null && patch.basedOnRevision() != base) {
        throw new InvalidFieldException(
            "basedOnRevision",
            FieldProblem.INVALID,
            "'basedOnRevision' and If-Match name different revisions: send one of them");
      }
    } else if (patch.basedOnRevision() != null) {
      base = patch.basedOnRevision();
    } else {
      return precondition(
          428,
          "Precondition Required",
          "Say which revision your change is based on: send If-Match with the item's ETag (\"r"
              + latest.latestRevision()
              + "\") or 'basedOnRevision', so that nobody's newer work is overwritten");
    }
    RevisionInput input = patch.applyTo(latest.type(), latest.latest(), latest.fields());
    try {
      content.saveRevision(itemId, base, input, token.actor());
    } catch (RevisionConflictException conflict) {
      if (named.isEmpty()) {
        throw conflict;
      }
      return Response.status(412, "Precondition Failed")
          .type(ApiError.PROBLEM_JSON_TYPE)
          .entity(ConflictJson.of(conflict, 412, "Precondition Failed"))
          .build();
    } catch (IllegalArgumentException noSuchRevision) {
      if (noSuchRevision instanceof org.meridian.content.fields.InvalidFieldsException) {
        throw noSuchRevision;
      }
      if (named.isPresent()) {
        return precondition(412, "Precondition Failed", noSuchRevision.getMessage());
      }
      throw new InvalidFieldException(
          "basedOnRevision", FieldProblem.INVALID, noSuchRevision.getMessage());
    }
    return reads.one(code, itemId);
  }

  private static Response precondition(int status, String title, String detail) {
    return ApiError.withCode(status, title, detail, null, null).build();
  }
}
