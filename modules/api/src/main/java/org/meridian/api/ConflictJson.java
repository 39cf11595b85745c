package org.meridian.api;

import java.util.List;
import org.meridian.content.RevisionConflictException;
import org.meridian.content.RevisionDiff;

/**
 * The body of a 409 answer to a save on top of an old revision: what the others changed since
 * ({@code changes}, field by field, each paragraph as runs of {@code SAME}, {@code DELETED} and
 * {@code INSERTED} text) and the client's own fields, not saved, so that nothing is lost.
 */
public record ConflictJson(
    int status,
    String error,
    String message,
    int basedOnRevision,
    int latestRevision,
    String latestAuthor,
    List<FieldJson> changes,
    YoursJson yours) {

  /** One field of the comparison. */
  public record FieldJson(String field, boolean changed, List<List<SegmentJson>> paragraphs) {}

  /** A run of text and whether it was kept, deleted or inserted. */
  public record SegmentJson(String kind, String text) {}

  /** The fields the client sent. */
  public record YoursJson(String title, String summary, String body) {}

  static ConflictJson of(RevisionConflictException conflict) {
    return new ConflictJson(
        409,
        "Conflict",
        conflict.getMessage(),
        conflict.basedOn(),
        conflict.latest(),
        conflict.latestAuthor(),
        conflict.changes().fields().stream().map(ConflictJson::field).toList(),
        new YoursJson(
            conflict.yours().title(), conflict.yours().summary(), conflict.yours().body()));
  }

  private static FieldJson field(RevisionDiff.Field field) {
    return new FieldJson(
        field.label(),
        field.changed(),
        field.paragraphs().stream()
            .map(
                p ->
                    p.segments().stream()
                        .map(s -> new SegmentJson(s.kind().name(), s.text()))
                        .toList())
            .toList());
  }
}
