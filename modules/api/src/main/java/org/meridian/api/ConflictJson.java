package org.meridian.api;

import java.util.List;
import org.meridian.content.RevisionConflictException;
import org.meridian.content.RevisionDiff;

/**
 * An RFC 9457 problem ({@code application/problem+json}), the body of a 409 answer to a save on top
 * of an old revision: what the others changed since ({@code changes}, field by field, each
 * paragraph as runs of {@code SAME}, {@code DELETED} and {@code INSERTED} text) and the client's
 * own fields, not saved, so that nothing is lost.
 */
public record ConflictJson(
    String type,
    String title,
    int status,
    String detail,
    String code,
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
    return of(conflict, 409, "Conflict");
  }

  /**
   * The answer with another status: 412 when the client named its revision by {@code If-Match}
   * rather than {@code basedOnRevision}.
   */
  static ConflictJson of(RevisionConflictException conflict, int status, String title) {
    return new ConflictJson(
        "about:blank",
        title,
        status,
        conflict.getMessage(),
        conflict.refusal() == null ? null : conflict.refusal().code(),
        title,
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
