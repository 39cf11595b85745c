package org.meridian.content.syndication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.meridian.content.ContentType;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * Says that an item of the receiving office is its copy of an item another office shared: what it
 * inherits now ({@link #inherited()}), what the office last reviewed ({@link #reviewed()}), which
 * fields the office overrides, which the source locked, and since when the source changed without
 * the office having reviewed it.
 */
@Entity
@Table(name = "shared_copy")
public class SharedCopy extends OfficeOwned {

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "syndication_id", nullable = false)
  private long syndicationId;

  @Column(name = "source_office_id", nullable = false, updatable = false)
  private long sourceOfficeId;

  @Column(name = "source_office_code", nullable = false, updatable = false, length = 40)
  private String sourceOfficeCode;

  @Column(name = "source_item_id", nullable = false, updatable = false)
  private long sourceItemId;

  @Column(name = "source_path", nullable = false, length = 1000)
  private String sourcePath;

  @Column(name = "source_revision", nullable = false)
  private int sourceRevision;

  @Column(name = "mandatory", nullable = false)
  private boolean mandatory;

  @Column(name = "locked_fields", nullable = false, length = 1000)
  private String lockedFields;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private CopyStatus status = CopyStatus.CARRIED;

  @Lob
  @Column(name = "inherited", nullable = false)
  private String inherited;

  @Lob
  @Column(name = "reviewed", nullable = false)
  private String reviewed;

  @Column(name = "reviewed_revision", nullable = false)
  private int reviewedRevision;

  @Column(name = "overrides", nullable = false, length = 1000)
  private String overrides = "";

  @Column(name = "source_changed_since")
  private Instant sourceChangedSince;

  @Column(name = "status_changed_by", length = 254)
  private String statusChangedBy;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  protected SharedCopy() {}

  public SharedCopy(long itemId, SharingSnapshot sharing) {
    this.itemId = itemId;
    this.sourceOfficeId = sharing.sourceOfficeId();
    this.sourceOfficeCode = sharing.sourceOfficeCode();
    this.sourceItemId = sharing.sourceItemId();
    this.inherited = sharing.inherited().toJson();
    this.reviewed = this.inherited;
    this.reviewedRevision = sharing.sourceRevision();
    rejoin(sharing);
  }

  /** Takes the terms of a (new) sharing of the same source: after a withdrawal, shared again. */
  public void rejoin(SharingSnapshot sharing) {
    this.syndicationId = sharing.syndicationId();
    this.sourcePath = sharing.sourcePath();
    this.sourceRevision = sharing.sourceRevision();
    this.mandatory = sharing.mandatory();
    this.lockedFields = String.join(",", sharing.locked());
    this.status = CopyStatus.CARRIED;
  }

  /**
   * The source changed to {@code now}: the copy inherits it; when {@code review} is true the office
   * is asked to review (from the first unreviewed change on), otherwise what it inherits counts as
   * reviewed.
   */
  public void follow(SharingSnapshot sharing, boolean review, Instant at) {
    this.inherited = sharing.inherited().toJson();
    this.sourcePath = sharing.sourcePath();
    this.sourceRevision = sharing.sourceRevision();
    if (review) {
      if (sourceChangedSince == null) {
        sourceChangedSince = Objects.requireNonNull(at, "at");
      }
    } else if (sourceChangedSince == null) {
      this.reviewed = this.inherited;
      this.reviewedRevision = sharing.sourceRevision();
    }
  }

  /** The office reviewed the source's changes: the copy is up to date with its source. */
  public void confirm() {
    this.reviewed = this.inherited;
    this.reviewedRevision = this.sourceRevision;
    this.sourceChangedSince = null;
  }

  public void overrides(Set<String> fields) {
    this.overrides = String.join(",", fields);
  }

  public void decline(String actor, Instant at) {
    SyndicationRules.requireMayDecline(mandatory, status, sourceOfficeCode);
    changeStatus(CopyStatus.DECLINED, actor, at);
  }

  public void accept(String actor, Instant at) {
    SyndicationRules.requireMayAccept(status, sourceOfficeCode);
    changeStatus(CopyStatus.CARRIED, actor, at);
  }

  public void withdrawn(String actor, Instant at) {
    changeStatus(CopyStatus.WITHDRAWN, actor, at);
    this.sourceChangedSince = null;
  }

  private void changeStatus(CopyStatus to, String actor, Instant at) {
    this.status = to;
    this.statusChangedBy = Objects.requireNonNull(actor, "actor");
    this.statusChangedAt = Objects.requireNonNull(at, "at");
  }

  public long itemId() {
    return itemId;
  }

  public long syndicationId() {
    return syndicationId;
  }

  public long sourceOfficeId() {
    return sourceOfficeId;
  }

  public String sourceOfficeCode() {
    return sourceOfficeCode;
  }

  public long sourceItemId() {
    return sourceItemId;
  }

  public String sourcePath() {
    return sourcePath;
  }

  public int sourceRevision() {
    return sourceRevision;
  }

  public boolean mandatory() {
    return mandatory;
  }

  public Set<String> locked() {
    return split(lockedFields);
  }

  public CopyStatus status() {
    return status;
  }

  public SharedFields inherited(ContentType type) {
    return SharedFields.fromJson(type, inherited);
  }

  public SharedFields reviewed(ContentType type) {
    return SharedFields.fromJson(type, reviewed);
  }

  public int reviewedRevision() {
    return reviewedRevision;
  }

  public Set<String> overrides() {
    return split(overrides);
  }

  public boolean sourceChanged() {
    return sourceChangedSince != null;
  }

  public Instant sourceChangedSince() {
    return sourceChangedSince;
  }

  public String statusChangedBy() {
    return statusChangedBy;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  private static Set<String> split(String list) {
    return list == null || list.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(list.split(",")));
  }
}
