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
import org.meridian.content.ContentItem;
import org.meridian.content.ContentType;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * An item of the source office shared with other offices. It keeps a snapshot of what the source's
 * live revision says ({@link #inherited()}), its address and whether it is live, so that the
 * receiving offices' copies follow it without ever reading the source office's rows. Every change
 * the copies must follow raises the {@link #generation()}.
 */
@Entity
@Table(name = "syndication")
public class Syndication extends OfficeOwned {

  @Column(name = "source_item_id", nullable = false, updatable = false)
  private long sourceItemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, updatable = false, length = 32)
  private ContentType type;

  @Column(name = "language", nullable = false, updatable = false, length = 35)
  private String language;

  @Column(name = "slug", nullable = false, length = 120)
  private String slug;

  @Column(name = "source_path", nullable = false, length = 1000)
  private String sourcePath;

  @Column(name = "source_live", nullable = false)
  private boolean sourceLive;

  @Column(name = "source_revision", nullable = false)
  private int sourceRevision;

  @Lob
  @Column(name = "inherited", nullable = false)
  private String inherited;

  @Enumerated(EnumType.STRING)
  @Column(name = "audience", nullable = false, updatable = false, length = 16)
  private Audience audience;

  @Column(name = "audience_detail", updatable = false, length = 4000)
  private String audienceDetail;

  @Column(name = "mandatory", nullable = false, updatable = false)
  private boolean mandatory;

  @Column(name = "locked_fields", nullable = false, updatable = false, length = 1000)
  private String lockedFields;

  @Column(name = "status", nullable = false, length = 16)
  private String status = "ACTIVE";

  @Column(name = "generation", nullable = false)
  private int generation = 1;

  @Column(name = "changed_by", nullable = false, length = 254)
  private String changedBy;

  @Column(name = "shared_by", nullable = false, updatable = false, length = 254)
  private String sharedBy;

  @Column(name = "withdrawn_by", length = 254)
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Syndication() {}

  public Syndication(
      ContentItem source,
      String sourcePath,
      SharedFields inherited,
      ShareRequest request,
      Set<String> locked,
      String actor) {
    this.sourceItemId = Objects.requireNonNull(source.getId(), "source id");
    this.type = source.type();
    this.language = source.language().value();
    this.audience = request.audience();
    this.audienceDetail =
        switch (request.audience()) {
          case ALL -> null;
          case REGION -> request.region();
          case CHOSEN -> String.join(",", request.offices());
        };
    this.mandatory = request.mandatory();
    this.lockedFields = String.join(",", locked);
    this.sharedBy = Objects.requireNonNull(actor, "actor");
    this.changedBy = actor;
    follow(source, sourcePath, inherited, actor);
    this.generation = 1;
  }

  /**
   * The source changed (published, unpublished, moved): the snapshot follows, and the copies with
   * it.
   */
  public void follow(ContentItem source, String path, SharedFields fields, String actor) {
    this.slug = source.slug().value();
    this.sourcePath = Objects.requireNonNull(path, "path");
    this.sourceLive = source.isLive();
    if (source.isLive()) {
      this.sourceRevision = source.liveRevision().number();
      this.inherited = fields.toJson();
    } else if (this.inherited == null) {
      this.sourceRevision = source.latestRevision().number();
      this.inherited = fields.toJson();
    }
    this.changedBy = Objects.requireNonNull(actor, "actor");
    this.generation++;
  }

  /** Withdraws the item from every office; refused when it was withdrawn already. */
  public void withdraw(String actor, Instant at) {
    SyndicationRules.requireNotWithdrawn(isWithdrawn(), withdrawnBy, withdrawnAt);
    this.status = "WITHDRAWN";
    this.withdrawnBy = Objects.requireNonNull(actor, "actor");
    this.withdrawnAt = Objects.requireNonNull(at, "at");
    this.changedBy = actor;
    this.generation++;
  }

  public boolean isWithdrawn() {
    return "WITHDRAWN".equals(status);
  }

  public long sourceItemId() {
    return sourceItemId;
  }

  public ContentType type() {
    return type;
  }

  public String language() {
    return language;
  }

  public String slug() {
    return slug;
  }

  public String sourcePath() {
    return sourcePath;
  }

  public boolean sourceLive() {
    return sourceLive;
  }

  public int sourceRevision() {
    return sourceRevision;
  }

  public SharedFields inherited() {
    return SharedFields.fromJson(type, inherited);
  }

  public Audience audience() {
    return audience;
  }

  public String audienceDetail() {
    return audienceDetail;
  }

  public boolean mandatory() {
    return mandatory;
  }

  public Set<String> locked() {
    return lockedFields.isEmpty()
        ? Set.of()
        : new LinkedHashSet<>(Arrays.asList(lockedFields.split(",")));
  }

  public int generation() {
    return generation;
  }

  public String changedBy() {
    return changedBy;
  }

  public String sharedBy() {
    return sharedBy;
  }

  public Instant sharedAt() {
    return getCreatedAt();
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }
}
