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
import org.meridian.content.fields.TypeFields;
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

  @Column(name = "hero_image_id", updatable = false)
  private Long heroImageId;

  @Column(name = "hero_alt", nullable = false, updatable = false, length = CommonFields.ALT_MAX)
  private String heroAlt = "";

  @Column(name = "hero_decorative", nullable = false, updatable = false)
  private boolean heroDecorative;

  @Column(
      name = "seo_description",
      nullable = false,
      updatable = false,
      length = CommonFields.SEO_DESCRIPTION_MAX)
  private String seoDescription = "";

  @Column(name = "social_image_id", updatable = false)
  private Long socialImageId;

  /** The type's own fields as JSON, checked against the item's type when saved. */
  @Lob
  @Column(name = "fields", nullable = false, updatable = false)
  private String fields = "{}";

  protected Revision() {}

  /** A revision of an item whose type has no fields of its own (or that uses none of them). */
  Revision(ContentItem item, int number, RevisionInput input, String author) {
    this(item, number, input, TypeFields.empty(item.type()), author, null);
  }

  Revision(
      ContentItem item, int number, RevisionInput input, TypeFields typeFields, String author) {
    this(item, number, input, typeFields, author, null);
  }

  Revision(
      ContentItem item,
      int number,
      RevisionInput input,
      TypeFields typeFields,
      String author,
      Integer restoredFrom) {
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
    if (typeFields.type() != item.type()) {
      throw new IllegalArgumentException(
          "Fields of a " + typeFields.type() + " given to a " + item.type());
    }
    CommonFields common = input.common();
    this.heroImageId = common.heroImageId();
    this.heroAlt = common.heroAlt();
    this.heroDecorative = common.heroDecorative();
    this.seoDescription = common.seoDescription();
    this.socialImageId = common.socialImageId();
    this.fields = typeFields.toJsonText();
  }

  /**
   * Whether this revision reads the same as {@code other}: title, summary, body, image description,
   * search description and the type's own fields. Translations follow these; a new revision that
   * changes none of them (only images, say) leaves them up to date.
   */
  public boolean sameTextAs(Revision other) {
    return title.equals(other.title)
        && summary.equals(other.summary)
        && body.equals(other.body)
        && heroAlt.equals(other.heroAlt)
        && seoDescription.equals(other.seoDescription)
        && fields.equals(other.fields);
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

  public CommonFields common() {
    return new CommonFields(heroImageId, heroAlt, heroDecorative, seoDescription, socialImageId);
  }

  /** The values of the item type's own fields in this revision. */
  public TypeFields fields() {
    return TypeFields.stored(item.type(), fields);
  }

  /** Every field of this revision as an editor would save it again (to restore it as a draft). */
  public RevisionInput toInput() {
    return new RevisionInput(title, summary, body, common(), fields().json());
  }

  /** The library files this revision shows as hero, social or type-field media (not its body's). */
  public java.util.Set<Long> mediaIds() {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>(fields().mediaIds());
    if (heroImageId != null) {
      ids.add(heroImageId);
    }
    if (socialImageId != null) {
      ids.add(socialImageId);
    }
    return ids;
  }

  /**
   * Every field of this revision as readable text, in the order an editor reads them (common fields
   * first, then the type's own), keyed by label: what two revisions are compared by.
   */
  public Map<String, String> comparableFields() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("Title", title);
    out.put("Summary", summary);
    out.put("Body", String.join("\n", RichTextBlocks.of(body)));
    out.put("Hero image", heroImageId == null ? "" : "media " + heroImageId);
    out.put("Hero image description", heroDecorative ? "(decorative)" : heroAlt);
    out.put("Search description", seoDescription);
    out.put("Social image", socialImageId == null ? "" : "media " + socialImageId);
    out.putAll(fields().readable());
    return out;
  }
}
