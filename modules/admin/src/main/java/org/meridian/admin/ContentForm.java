package org.meridian.admin;

import java.io.Serializable;
import org.meridian.content.EditableItem;
import org.meridian.content.RevisionInput;

/**
 * What the editor's form holds ({@code #{editContent.form.title}}…): the fields every item has and
 * its settings, as typed (text, so that a wrong value comes back as it was typed with its error).
 * The type's own fields are {@link TypeFieldsForm}; reading all this into what the content service
 * takes is {@link ContentFormInput}.
 */
public class ContentForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String slug;
  private String summary;
  private String body;
  private String heroImage;
  private String heroAlt;
  private boolean heroDecorative;
  private String seoDescription;
  private String socialImage;
  private String owner;
  private String reviewBy;
  private boolean featured;
  private String parent;

  /** The title and address as opened, to tell whether the person changed them. */
  private String loadedTitle;

  private String loadedSlug;

  /** An empty form for a new item, owned by {@code owner}. */
  static ContentForm forNewItem(String owner) {
    ContentForm form = new ContentForm();
    form.owner = owner;
    return form;
  }

  /** The form of {@code item} as its latest revision and settings say. */
  static ContentForm of(EditableItem item) {
    ContentForm form = new ContentForm();
    RevisionInput latest = item.latest();
    form.title = latest.title();
    form.slug = item.slug();
    form.loadedTitle = form.title;
    form.loadedSlug = form.slug;
    form.summary = latest.summary();
    form.body = latest.body();
    var common = latest.common();
    form.heroImage = common.heroImageId() == null ? "" : common.heroImageId().toString();
    form.heroAlt = common.heroAlt();
    form.heroDecorative = common.heroDecorative();
    form.seoDescription = common.seoDescription();
    form.socialImage = common.socialImageId() == null ? "" : common.socialImageId().toString();
    form.owner = item.owner();
    form.reviewBy = item.reviewBy() == null ? "" : item.reviewBy().toString();
    form.featured = item.featured();
    form.parent = item.parentId() == null ? "" : item.parentId().toString();
    return form;
  }

  String loadedTitle() {
    return loadedTitle;
  }

  String loadedSlug() {
    return loadedSlug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getHeroImage() {
    return heroImage;
  }

  public void setHeroImage(String heroImage) {
    this.heroImage = heroImage;
  }

  public String getHeroAlt() {
    return heroAlt;
  }

  public void setHeroAlt(String heroAlt) {
    this.heroAlt = heroAlt;
  }

  public boolean isHeroDecorative() {
    return heroDecorative;
  }

  public void setHeroDecorative(boolean heroDecorative) {
    this.heroDecorative = heroDecorative;
  }

  public String getSeoDescription() {
    return seoDescription;
  }

  public void setSeoDescription(String seoDescription) {
    this.seoDescription = seoDescription;
  }

  public String getSocialImage() {
    return socialImage;
  }

  public void setSocialImage(String socialImage) {
    this.socialImage = socialImage;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getReviewBy() {
    return reviewBy;
  }

  public void setReviewBy(String reviewBy) {
    this.reviewBy = reviewBy;
  }

  public boolean isFeatured() {
    return featured;
  }

  public void setFeatured(boolean featured) {
    this.featured = featured;
  }

  public String getParent() {
    return parent;
  }

  public void setParent(String parent) {
    this.parent = parent;
  }
}
