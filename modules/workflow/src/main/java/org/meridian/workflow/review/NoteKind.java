package org.meridian.workflow.review;

/** What a review note records. */
public enum NoteKind {
  COMMENT("commented"),
  SUBMITTED("submitted for review"),
  APPROVED("approved"),
  CHANGES_REQUESTED("requested changes"),
  PUBLISHED("published"),
  UNPUBLISHED("unpublished"),
  ARCHIVED("archived"),
  REOPENED("reopened");

  private final String verb;

  NoteKind(String verb) {
    this.verb = verb;
  }

  /** As in "Awa Diop approved revision 4". */
  public String verb() {
    return verb;
  }

  static NoteKind of(Transition step) {
    return switch (step) {
      case SUBMIT -> SUBMITTED;
      case APPROVE -> APPROVED;
      case REQUEST_CHANGES -> CHANGES_REQUESTED;
      case PUBLISH -> PUBLISHED;
      case UNPUBLISH -> UNPUBLISHED;
      case ARCHIVE -> ARCHIVED;
      case REOPEN -> REOPENED;
    };
  }
}
