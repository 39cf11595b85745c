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
import java.util.Objects;
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

  @Column(name = "first_published_at")
  private Instant firstPublishedAt;

  @Column(name = "last_published_at")
  private Instant lastPublishedAt;

  protected ContentItem() {}

  public ContentItem(ContentType type, LanguageTag language, Slug slug) {
    this.type = Objects.requireNonNull(type, "type");
    this.language = Objects.requireNonNull(language, "language").value();
    this.slug = Objects.requireNonNull(slug, "slug").value();
  }

  /** Records a newly saved revision as the latest. */
  void recordRevision(Revision revision) {
    if (revision.item() != this) {
      throw new IllegalArgumentException("The revision belongs to another item");
    }
    this.latestRevision = revision;
  }

  /** Makes {@code revision} the live one. */
  void goLive(Revision revision, Instant at) {
    if (revision.item() != this) {
      throw new IllegalArgumentException("The revision belongs to another item");
    }
    this.liveRevision = revision;
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

  /** Whether the item has ever been on the public site (so its address may be known outside). */
  public boolean wasEverPublished() {
    return firstPublishedAt != null;
  }

  /** Takes the item off the public site; its revisions stay. */
  void goOffline() {
    this.liveRevision = null;
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
}
