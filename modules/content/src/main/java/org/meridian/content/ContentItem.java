package org.meridian.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * One piece of an office's content in one language. Its text lives in {@link Revision}s; the item
 * records which revision is the latest and, separately, which one is live, so an editor can work on
 * a draft while the published version stays up.
 */
@Entity
@Table(name = "content_item")
public class ContentItem extends OfficeOwned {

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, length = 32)
  private ContentType type;

  @Column(name = "language", nullable = false, length = 35)
  private String language;

  @Column(name = "slug", nullable = false, length = Slug.MAX_LENGTH)
  private String slug;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "latest_revision_id")
  private Revision latestRevision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "live_revision_id")
  private Revision liveRevision;

  /**
   * The author of {@link #latestRevision}, kept with it: the editors' list filters and offers
   * authors from this table alone, without reading every item's revision.
   */
  @Column(name = "latest_author", length = 254)
  private String latestAuthor;

  /** The title of {@link #latestRevision}, kept with it for the editors' list's title order. */
  @Column(name = "latest_title", length = 300)
  private String latestTitle;

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "last_published_at")
  private Instant lastPublishedAt;

  /**
   * When the live revision's event starts and ends ({@link EventDates}), kept with it: the public
   * lists of upcoming and past events are read from this table's own columns and index, not from
   * every event's revision. Both are set exactly while the item is a live event with a start, so a
   * row with an event end is live, not in the trash, and an event.
   */
  @Column(name = "event_start")
  private Instant eventStart;

  @Column(name = "event_end")
  private Instant eventEnd;

  @Column(name = "trashed_at")
  private Instant trashedAt;

  @Column(name = "trashed_by", length = 254)
  private String trashedBy;

  /** Who answers for the item: an account of the office. Not versioned. */
  @Column(name = "owner", length = 254)
  private String owner;

  /** When someone should check the item is still right (stale-content tracking). Not versioned. */
  @Column(name = "review_by")
  private LocalDate reviewBy;

  /** Since when the item is featured on the office's home page ({@code null}: it is not). */
  @Column(name = "featured_at")
  private Instant featuredAt;

  /** The page this page sits under, for pages only: its public path is the chain of slugs. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private ContentItem parent;

  /** How deep pages may nest: deep enough for any site map, short enough for an address. */
  public static final int MAX_DEPTH = 8;

  protected ContentItem() {}

  public ContentItem(ContentType type, LanguageTag language, Slug slug) {
    this.type = Objects.requireNonNull(type, "type");
    this.language = Objects.requireNonNull(language, "language").value();
    this.slug = Objects.requireNonNull(slug, "slug").value();
  }

  /**
   * A new revision with the next number, recorded as the latest (the live one does not change). The
   * caller persists it.
   */
  Revision newRevision(RevisionInput input, String author) {
    return newRevision(
        input, org.meridian.content.fields.TypeFields.validate(type, input.fields()), author);
  }

  Revision newRevision(
      RevisionInput input, org.meridian.content.fields.TypeFields fields, String author) {
    requireNotTrashed();
    return record(new Revision(this, nextNumber(), input, fields, author, null));
  }

  /**
   * A new revision with the fields of {@code older}, as the latest draft: restoring never touches
   * the live revision, and never rewrites history. The caller persists it.
   */
  Revision restore(Revision older, String author) {
    if (older.item() != this) {
      throw new IllegalArgumentException("The revision belongs to another item");
    }
    requireNotTrashed();
    return record(
        new Revision(this, nextNumber(), older.toInput(), older.fields(), author, older.number()));
  }

  /**
   * Whether a save made on top of revision {@code basedOn} would overwrite nobody's work: true when
   * {@code basedOn} is still the latest revision, false when someone saved a newer one since.
   *
   * @throws IllegalArgumentException when the item has no revision {@code basedOn}
   */
  public boolean isLatest(int basedOn) {
    int latest = latestRevision == null ? 0 : latestRevision.number();
    if (basedOn < 1 || basedOn > latest) {
      throw new ContentRefusedException(
          Refusal.of(
              "content.no_revision_0_latest_1",
              "The item has no revision {0} (its latest is {1})",
              basedOn,
              latest));
    }
    return basedOn == latest;
  }

  private int nextNumber() {
    return latestRevision == null ? 1 : latestRevision.number() + 1;
  }

  private Revision record(Revision revision) {
    recordRevision(revision);
    return revision;
  }

  /** Records a newly saved revision as the latest. */
  void recordRevision(Revision revision) {
    if (revision.item() != this) {
      throw new IllegalArgumentException("The revision belongs to another item");
    }
    this.latestRevision = revision;
    this.latestAuthor = revision.author();
    this.latestTitle = revision.title();
  }

  /** Makes {@code revision} the live one. */
  void goLive(Revision revision, Instant at) {
    if (revision.item() != this) {
      throw new IllegalArgumentException("The revision belongs to another item");
    }
    requireNotTrashed();
    this.liveRevision = revision;
    keepEventDates();
    if (firstPublishedAt == null) {
      firstPublishedAt = at;
    }
    lastPublishedAt = at;
  }

  /**
   * Moves the item to another address in its language; the caller keeps the old one as a redirect.
   */
  void changeSlug(Slug newSlug) {
    this.slug = Objects.requireNonNull(newSlug, "slug").value();
  }

  /**
   * Keeps the publication dates an item had where it came from (an office archive), so that an
   * imported site shows and orders its news as the source did. Only dates that are given change.
   */
  void carryHistory(Instant firstPublished, Instant lastPublished, Instant featuredSince) {
    if (firstPublished != null) {
      this.firstPublishedAt = firstPublished;
    }
    if (lastPublished != null) {
      this.lastPublishedAt = lastPublished;
    }
    if (featuredSince != null && this.featuredAt != null) {
      this.featuredAt = featuredSince;
    }
  }

  /** Whether the item has ever been on the public site (so its address may be known outside). */
  public boolean wasEverPublished() {
    return firstPublishedAt != null;
  }

  /** Takes the item off the public site; its revisions stay. */
  void goOffline() {
    this.liveRevision = null;
    keepEventDates();
  }

  /** Copies the live revision's event dates into the item's own columns (none when offline). */
  private void keepEventDates() {
    EventDates dates =
        liveRevision == null ? null : EventDates.of(liveRevision.fields()).orElse(null);
    this.eventStart = dates == null ? null : dates.start();
    this.eventEnd = dates == null ? null : dates.end();
  }

  /**
   * Moves the item to the trash: it goes offline and leaves every list, but keeps its revisions and
   * its address (no other item can take the slug while it is in the trash).
   */
  void moveToTrash(String actor, Instant at) {
    requireNotTrashed();
    goOffline();
    this.trashedAt = Objects.requireNonNull(at, "at");
    this.trashedBy = Objects.requireNonNull(actor, "actor");
  }

  /** Takes the item out of the trash, as an offline draft. */
  void restoreFromTrash() {
    if (!isTrashed()) {
      throw new ContentStateRefusedException(
          Refusal.of("content.not_in_trash", "The item is not in the trash"));
    }
    this.trashedAt = null;
    this.trashedBy = null;
  }

  /** Lets go of its revisions, so that they can be deleted with the item; trash only. */
  void forgetRevisions() {
    if (!isTrashed()) {
      throw new ContentStateRefusedException(
          Refusal.of(
              "content.only_trash_deleted", "Only items in the trash can be deleted for good"));
    }
    this.latestRevision = null;
    this.latestAuthor = null;
    this.latestTitle = null;
    this.liveRevision = null;
    keepEventDates();
  }

  private void requireNotTrashed() {
    if (isTrashed()) {
      throw new ContentStateRefusedException(
          Refusal.of(
              "content.in_trash_restore_first",
              "The item is in the trash: an office administrator can restore it first"));
    }
  }

  public boolean isTrashed() {
    return trashedAt != null;
  }

  public Instant trashedAt() {
    return trashedAt;
  }

  public String trashedBy() {
    return trashedBy;
  }

  public ContentType type() {
    return type;
  }

  public LanguageTag language() {
    return new LanguageTag(language);
  }

  public Slug slug() {
    return new Slug(slug);
  }

  public Revision latestRevision() {
    return latestRevision;
  }

  public Revision liveRevision() {
    return liveRevision;
  }

  public boolean isLive() {
    return liveRevision != null;
  }

  /**
   * When the live revision's event starts and ends; empty when the item is not live, not an event,
   * or an event without a start.
   */
  public Optional<EventDates> eventDates() {
    return eventStart == null
        ? Optional.empty()
        : Optional.of(new EventDates(eventStart, eventEnd));
  }

  /** Live, but a newer revision waits. */
  public boolean hasUnpublishedChanges() {
    return latestRevision != null && latestRevision != liveRevision;
  }

  public Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  public Instant lastPublishedAt() {
    return lastPublishedAt;
  }

  public String owner() {
    return owner;
  }

  public LocalDate reviewBy() {
    return reviewBy;
  }

  public ContentItem parent() {
    return parent;
  }

  /** Since when the item is featured on the home page; {@code null} when it is not. */
  public Instant featuredAt() {
    return featuredAt;
  }

  public boolean isFeatured() {
    return featuredAt != null;
  }

  /**
   * Features the item on the home page from {@code at} on, or stops featuring it; featuring an item
   * that is already featured keeps its time, so re-saving does not move it to the front.
   *
   * @return whether anything changed
   */
  boolean feature(boolean featured, Instant at) {
    if (featured == isFeatured()) {
      return false;
    }
    featuredAt = featured ? Objects.requireNonNull(at, "at") : null;
    return true;
  }

  /**
   * Records who answers for the item and when it should be reviewed ({@code null}: nobody/never).
   */
  void assign(String owner, LocalDate reviewBy) {
    this.owner = owner;
    this.reviewBy = reviewBy;
  }

  /**
   * Places this page under {@code newParent} ({@code null}: at the top of its language). Refused
   * for types that do not nest, for a parent in another language, and when the parent is this page
   * or sits below it (a cycle), or when the chain would become deeper than {@link #MAX_DEPTH}.
   */
  void placeUnder(ContentItem newParent) {
    if (newParent == null) {
      this.parent = null;
      return;
    }
    if (!type.nests() || !newParent.type().nests()) {
      throw new ContentRefusedException(
          Refusal.of("content.only_pages_nest", "Only pages sit under other pages."));
    }
    if (!newParent.language().value().equals(language)) {
      throw new ContentRefusedException(
          Refusal.of(
              "content.parent_in_0_page_in_1",
              "The parent page is in {0}, this page in {1}.",
              newParent.language(),
              language));
    }
    int depth = 1;
    for (ContentItem up = newParent; up != null; up = up.parent()) {
      if (up == this || (getId() != null && getId().equals(up.getId()))) {
        throw new ContentRefusedException(
            Refusal.of(
                "content.page_under_itself",
                "A page cannot sit under itself or under one of its own sub-pages."));
      }
      if (++depth > MAX_DEPTH) {
        throw new ContentRefusedException(
            Refusal.of(
                "content.pages_nest_at_most_0", "Pages nest at most {0} levels deep.", MAX_DEPTH));
      }
    }
    this.parent = newParent;
  }

  /** The slugs from the top page down to this item: its public address below the language. */
  public List<String> path() {
    List<String> slugs = new ArrayList<>();
    int guard = 0;
    for (ContentItem at = this; at != null && guard++ <= MAX_DEPTH; at = at.parent()) {
      slugs.add(at.slug); // as stored: checked by Slug when it was written
    }
    Collections.reverse(slugs);
    return slugs;
  }
}
