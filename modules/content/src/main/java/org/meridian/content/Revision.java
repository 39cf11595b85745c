package org.meridian.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.OfficeOwned;

/** One saved state of an item's fields. Revisions are never changed once written. */
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

  protected Revision() {}

  Revision(ContentItem item, int number, RevisionInput input, String author) {
    this.item = Objects.requireNonNull(item, "item");
    if (number < 1) {
      throw new IllegalArgumentException("Revisions are numbered from 1");
    }
    this.number = number;
    this.title = input.title();
    this.summary = input.summary();
    this.body = input.body();
    this.author = Objects.requireNonNull(author, "author");
  }

  /**
   * Whether this revision reads the same as {@code other}: title, summary and body. Translations
   * follow these fields only; a new revision that changes none of them leaves them up to date.
   */
  public boolean sameTextAs(Revision other) {
    return title.equals(other.title) && summary.equals(other.summary) && body.equals(other.body);
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
}
