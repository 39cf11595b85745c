package org.meridian.content.translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.meridian.content.ContentItem;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * Says that an item is the translation of a source item of the same office, and which revision of
 * the source it was made from or last checked against. It is <em>outdated</em> from the moment the
 * source's text changes until someone confirms it (after updating it, or as still correct).
 */
@Entity
@Table(name = "translation")
public class Translation extends OfficeOwned {

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "source_id", nullable = false, updatable = false)
  private ContentItem source;

  @Column(name = "language", nullable = false, updatable = false, length = 35)
  private String language;

  @Column(name = "source_revision", nullable = false)
  private int sourceRevision;

  @Column(name = "outdated", nullable = false)
  private boolean outdated;

  /** Set exactly while outdated: queries filter on it (see EditorQueries). */
  @Column(name = "outdated_since")
  private Instant outdatedSince;

  @Column(name = "checked_by", nullable = false, length = 254)
  private String checkedBy;

  @Column(name = "checked_at", nullable = false)
  private Instant checkedAt;

  protected Translation() {}

  /**
   * {@code item} translates {@code source} as it reads in the source's revision {@code
   * sourceRevision}. The checks that need the whole set (one translation per language, no chains,
   * the office's languages) are {@link TranslationRules}'.
   */
  public Translation(
      ContentItem source, ContentItem item, int sourceRevision, String actor, Instant at) {
    this.source = Objects.requireNonNull(source, "source");
    this.item = Objects.requireNonNull(item, "item");
    if (source == item || (source.getId() != null && source.getId().equals(item.getId()))) {
      throw new RefusedArgumentException(
          Refusal.of("translation.not_of_itself", "An item cannot be a translation of itself"));
    }
    if (source.language().equals(item.language())) {
      throw new RefusedArgumentException(
          Refusal.of(
              "translation.other_language_both_0",
              "A translation is in another language than its source (both are {0})",
              item.language()));
    }
    if (source.getOfficeId() != null
        && item.getOfficeId() != null
        && !source.getOfficeId().equals(item.getOfficeId())) {
      throw new RefusedArgumentException(
          Refusal.of(
              "translation.office_of_source", "A translation belongs to the office of its source"));
    }
    if (sourceRevision < 1) {
      throw new IllegalArgumentException("Revisions are numbered from 1");
    }
    this.language = item.language().value();
    this.sourceRevision = sourceRevision;
    confirmed(actor, at);
  }

  /**
   * The source's text changed: the translation is outdated until it is confirmed. Stays outdated
   * (since the first change) when it already is.
   */
  public void sourceChanged(Instant at) {
    if (!outdated) {
      outdated = true;
      outdatedSince = Objects.requireNonNull(at, "at");
    }
  }

  /** Someone checked the translation against the source's revision {@code sourceRevision}. */
  public void confirm(int sourceRevision, String actor, Instant at) {
    if (sourceRevision < this.sourceRevision) {
      throw new RefusedArgumentException(
          Refusal.of(
              "translation.already_checked_0",
              "The translation was already checked against revision {0} of the source",
              this.sourceRevision));
    }
    this.sourceRevision = sourceRevision;
    confirmed(actor, at);
  }

  private void confirmed(String actor, Instant at) {
    this.checkedBy = Objects.requireNonNull(actor, "actor");
    this.checkedAt = Objects.requireNonNull(at, "at");
    this.outdated = false;
    this.outdatedSince = null;
  }

  public ContentItem item() {
    return item;
  }

  public ContentItem source() {
    return source;
  }

  public LanguageTag language() {
    return new LanguageTag(language);
  }

  /** The number of the source's revision the translation was made from or last checked against. */
  public int sourceRevision() {
    return sourceRevision;
  }

  public boolean isOutdated() {
    return outdated;
  }

  public Instant outdatedSince() {
    return outdatedSince;
  }

  public String checkedBy() {
    return checkedBy;
  }

  public Instant checkedAt() {
    return checkedAt;
  }
}
