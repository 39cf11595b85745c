package org.meridian.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * One saved state of an item's fields. Revisions are never changed once written. A revision that
 * restored an older one records that one's number.
 */
@Entity
@Table(name = "revision")
public class Revision extends OfficeOwned {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", nullable = false, updatable = false)
  private ContentItem item;

  @Column(name = "revision_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "title", nullable = false, updatable = false, length = 300)
  private String title;

  @Column(name = "summary", nullable = false, updatable = false, length = 1000)
  private String summary;

  @Lob
  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "author", nullable = false, updatable = false, length = 254)
  private String author;

  @Column(name = "restored_from", updatable = false)
  private Integer restoredFrom;

  protected Revision() {}

  Revision(ContentItem item, int number, RevisionInput input, String author) {
    this(item, number, input, author, null);
  }

  Revision(ContentItem item, int number, RevisionInput input, String author, Integer restoredFrom) {
    this.item = Objects.requireNonNull(item, "item");
    if (number < 1) {
      throw new IllegalArgumentException("Revisions are numbered from 1");
    }
    this.number = number;
    this.title = input.title();
    this.summary = input.summary();
    this.body = input.body();
    this.author = Objects.requireNonNull(author, "author");
    if (restoredFrom != null && (restoredFrom < 1 || restoredFrom >= number)) {
      throw new IllegalArgumentException("A revision restores an older revision of its item");
    }
    this.restoredFrom = restoredFrom;
  }

  /**
   * The fields an editor reads, in the order the editor shows them, as text: readable label to
   * value. Rich text comes as its words, one line per block (paragraph, heading, list item…), so
   * that comparing two revisions shows words, not markup. Every field an item type adds belongs
   * here, so that history and conflicts compare it.
   */
  public Map<String, String> comparableFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("Title", title);
    fields.put("Summary", summary);
    fields.put("Body", String.join("\n", RichTextBlocks.of(body)));
    return fields;
  }

  /** This revision's fields as an editor would save them again (restoring it, for instance). */
  public RevisionInput toInput() {
    return new RevisionInput(title, summary, body);
  }

  public ContentItem item() {
    return item;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String body() {
    return body;
  }

  public String author() {
    return author;
  }

  /** When the revision was saved. */
  public Instant savedAt() {
    return getCreatedAt();
  }

  /** The number of the revision this one restored; {@code null} for an ordinary save. */
  public Integer restoredFrom() {
    return restoredFrom;
  }
}
