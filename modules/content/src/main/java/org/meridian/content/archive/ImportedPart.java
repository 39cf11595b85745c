package org.meridian.content.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * A part of an archive (an item, a media file, a tag, a menu entry) that an import brought into
 * this office, and what it became: the stable source id that makes a second import skip it.
 */
@Entity
@Table(name = "archive_import")
public class ImportedPart extends OfficeOwned {

  @Column(name = "source_office", nullable = false, updatable = false, length = 40)
  private String sourceOffice;

  @Column(name = "part", nullable = false, updatable = false, length = 16)
  private String part;

  @Column(name = "source_id", nullable = false, updatable = false)
  private long sourceId;

  @Column(name = "target_id", nullable = false, updatable = false)
  private long targetId;

  protected ImportedPart() {}

  ImportedPart(String sourceOffice, String part, long sourceId, long targetId) {
    this.sourceOffice = Objects.requireNonNull(sourceOffice, "sourceOffice");
    this.part = Objects.requireNonNull(part, "part");
    this.sourceId = sourceId;
    this.targetId = targetId;
  }

  public String part() {
    return part;
  }

  public long sourceId() {
    return sourceId;
  }

  public long targetId() {
    return targetId;
  }
}
