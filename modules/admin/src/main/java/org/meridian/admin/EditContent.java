package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.EditableItem;
import org.meridian.content.ItemChoice;
import org.meridian.content.ItemSettings;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.SlugTakenException;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The content editor ({@code admin/content/edit.xhtml}): {@code ?item=N} opens an item of the
 * current office (any other id is a 404), {@code ?type=NEWS&lang=en} a new one. The type's own
 * fields are rendered from its definition. Saving makes a new revision, or writes nothing and shows
 * each refusal on its field.
 */
@Named
@ViewScoped
public class EditContent implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Form fields that are not the type's own, by the names the content module gives them. */
  private static final Set<String> COMMON =
      Set.of(
          "title",
          "slug",
          "summary",
          "body",
          "heroImage",
          "heroAlt",
          "seoDescription",
          "socialImage",
          "owner",
          "reviewBy",
          "parent");

  @Inject private transient ContentQueries queries;
  @Inject private transient ContentService content;
  @Inject private transient org.meridian.content.media.MediaLibrary media;
  @Inject private transient TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private boolean found;
  private Long itemId;
  private ContentType type;
  private String language;
  private String path;
  private int latestRevision;
  private boolean live;
  private boolean unpublishedChanges;

  private String title;
  private String loadedTitle;
  private String loadedSlug;
  private String slug;
  private String summary;
  private String body;
  private String heroImage;
  private List<org.meridian.content.media.MediaItem> imageChoices;
  private String heroAlt;
  private boolean heroDecorative;
  private String seoDescription;
  private String socialImage;
  private String owner;
  private String reviewBy;
  private boolean featured;
  private String parent;
  private final TypeFieldsForm typeFields = new TypeFieldsForm();

  @PostConstruct
  void init() {
    Optional<OfficeRef> office = tenant.current();
    if (office.isEmpty()) {
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String item = params.get("item");
    if (item != null) {
      try {
        queries.findEditable(Long.parseLong(item.strip())).ifPresent(this::load);
      } catch (NumberFormatException notAnId) {
        found = false;
      }
      return;
    }
    Optional<ContentType> wantedType = parseType(params.get("type"));
    Optional<LanguageTag> wantedLanguage =
        Optional.ofNullable(params.get("lang"))
            .flatMap(LanguageTag::parse)
            .or(() -> Optional.of(office.get().defaultLanguage()))
            .filter(office.get()::publishesIn);
    if (wantedType.isPresent() && wantedLanguage.isPresent()) {
      found = true;
      type = wantedType.get();
      language = wantedLanguage.get().value();
      owner = currentOffice.getEmail();
      typeFields.prepareRows(type, TypeFields.empty(type), officeZone());
    }
  }

  /** Answers 404 for an item this office does not have (or a type or language it cannot have). */
  public void requireItem() throws IOException {
    if (!found) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "There is no such item in this office.");
      faces.responseComplete();
    }
  }

  private static Optional<ContentType> parseType(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ContentType.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private void load(EditableItem item) {
    found = true;
    itemId = item.itemId();
    type = item.type();
    language = item.language();
    slug = item.slug();
    path = item.path();
    latestRevision = item.latestRevision();
    live = item.live();
    unpublishedChanges = item.unpublishedChanges();
    RevisionInput latest = item.latest();
    title = latest.title();
    loadedTitle = title;
    loadedSlug = slug;
    summary = latest.summary();
    body = latest.body();
    var common = latest.common();
    heroImage = common.heroImageId() == null ? "" : common.heroImageId().toString();
    heroAlt = common.heroAlt();
    heroDecorative = common.heroDecorative();
    seoDescription = common.seoDescription();
    socialImage = common.socialImageId() == null ? "" : common.socialImageId().toString();
    owner = item.owner();
    reviewBy = item.reviewBy() == null ? "" : item.reviewBy().toString();
    featured = item.featured();
    parent = item.parentId() == null ? "" : item.parentId().toString();
    typeFields.load(type, item.fields(), officeZone());
  }

  private String officeZone() {
    return tenant.require().timeZone().getId();
  }

  /** Saves the form as a new revision (and the item's settings), or shows what to fix. */
  public String save() {
    if (!found) {
      Messages.error("content.edit.no_such_item");
      return null;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Long hero =
        mediaId(
            heroImage,
            "heroImage",
            errors,
            typed -> ConsoleText.text("content.edit.hero_not_media_id_0", typed));
    Long social =
        mediaId(
            socialImage,
            "socialImage",
            errors,
            typed -> ConsoleText.text("content.edit.social_not_media_id_0", typed));
    LocalDate review = null;
    if (reviewBy != null && !reviewBy.isBlank()) {
      try {
        review = LocalDate.parse(reviewBy.strip());
      } catch (DateTimeParseException e) {
        errors.put("reviewBy", ConsoleText.text("content.edit.review_by_not_date_0", reviewBy));
      }
    }
    Long parentId = null;
    if (type.nests() && parent != null && !parent.isBlank()) {
      try {
        parentId = Long.valueOf(parent.strip());
      } catch (NumberFormatException e) {
        errors.put("parent", ConsoleText.text("content.edit.choose_parent_from_list"));
      }
    }
    JsonObject fields = typeFields.toJson(type, officeZone());
    try {
      TypeFields.validate(type, fields);
    } catch (InvalidFieldsException refused) {
      ConsoleText.fieldErrors(refused).forEach(errors::putIfAbsent);
    }
    RevisionInput input = null;
    try {
      input =
          RevisionInput.builder()
              .title(title)
              .summary(summary)
              .body(body)
              .heroImage(hero, heroAlt, heroDecorative)
              .seoDescription(seoDescription)
              .socialImage(social)
              .fields(fields)
              .build();
    } catch (InvalidFieldsException refused) {
      ConsoleText.fieldErrors(refused).forEach(errors::putIfAbsent);
    }
    Slug newSlug = null;
    if (itemId != null && slug != null && !slug.isBlank()) {
      // An existing item's address may change: the old one keeps working as a redirect.
      try {
        newSlug = new Slug(slug.strip().toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException refused) {
        errors.putIfAbsent("slug", ConsoleText.refusal(refused));
      }
      newSlug = followingTitle(newSlug);
    }
    if (itemId == null) {
      try {
        newSlug =
            slug == null || slug.isBlank()
                ? Slug.fromTitle(title)
                : new Slug(slug.strip().toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException refused) {
        errors.putIfAbsent("slug", ConsoleText.refusal(refused));
      }
    }
    if (!errors.isEmpty()) {
      show(errors);
      return null;
    }
    ItemSettings settings = new ItemSettings(owner, review, parentId, featured);
    try {
      if (itemId == null) {
        ContentItem created =
            content.create(
                type,
                new LanguageTag(language),
                newSlug,
                input,
                settings,
                currentOffice.getEmail());
        return done(ConsoleText.text("content.edit.created_0", input.title()), created.getId());
      }
      int saved =
          content
              .save(itemId, latestRevision, input, settings, newSlug, currentOffice.getEmail())
              .number();
      if (saved == latestRevision) {
        return done(ConsoleText.text("content.edit.settings_saved_text_unchanged"), itemId);
      }
      return done(
          ConsoleText.text(live ? "content.edit.saved_live_until_published" : "content.edit.saved"),
          itemId);
    } catch (org.meridian.content.RevisionConflictException conflict) {
      // Nothing was written; what was typed stays in the form.
      Messages.error(
          "content.edit.conflict_0_1_2_3",
          conflict.latestAuthor(),
          conflict.latest(),
          conflict.basedOn(),
          String.join(", ", conflict.changes().changedLabels()));
    } catch (org.meridian.content.ContentConflictException clash) {
      Messages.refusal(clash);
    } catch (InvalidFieldsException refused) {
      show(ConsoleText.fieldErrors(refused));
    } catch (SlugTakenException taken) {
      Messages.refusalOn("edit:slug", taken);
    } catch (ContentNotFoundException gone) {
      Messages.error("content.edit.item_gone");
    } catch (IllegalArgumentException refused) {
      Messages.refusal(refused);
    }
    return null;
  }

  /**
   * A draft's address that was made from its title, and that nobody changed in the form, follows a
   * new title (a new translation gets its own address once its title is translated); a published
   * item keeps its address unless someone changes it.
   */
  private Slug followingTitle(Slug typed) {
    if (live
        || typed == null
        || title == null
        || title.isBlank()
        || title.strip().equals(loadedTitle)
        || !typed.value().equals(loadedSlug)
        || !typed.madeFrom(loadedTitle)) {
      return typed;
    }
    try {
      Slug made = Slug.fromTitle(title);
      return made.equals(typed) || typed.madeFrom(title)
          ? typed
          : queries.freeSlug(new LanguageTag(language), made);
    } catch (IllegalArgumentException noSlug) {
      return typed;
    }
  }

  /** Makes library file {@code mediaId} the hero image (the media picker's upload). */
  void useHeroImage(long mediaId) {
    heroImage = String.valueOf(mediaId);
    imageChoices = null;
  }

  /** Shows {@code message} on the item's freshly loaded editor (post-redirect-get). */
  static String done(String message, long id) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Messages.infoText(message);
    external.getFlash().setKeepMessages(true);
    return "/admin/content/edit.xhtml?faces-redirect=true&item=" + id;
  }

  private void show(Map<String, String> errors) {
    errors.forEach(
        (field, message) -> {
          if (COMMON.contains(field)) {
            Messages.refusalOn("edit:" + field, message);
          } else if (type.field(field).isPresent()) {
            Messages.refusalOn("edit:field-" + field, message);
          } else {
            Messages.refusal(message);
          }
        });
    Messages.error("content.edit.nothing_saved");
  }

  private static Long mediaId(
      String text,
      String field,
      Map<String, String> errors,
      java.util.function.Function<String, String> notANumber) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      errors.put(field, notANumber.apply(text));
      return null;
    }
  }

  // What the view shows.

  public boolean isFound() {
    return found;
  }

  public boolean isNew() {
    return itemId == null;
  }

  public Long getItemId() {
    return itemId;
  }

  public ContentType getType() {
    return type;
  }

  public String getLanguage() {
    return language;
  }

  public List<FieldDefinition> getFieldDefinitions() {
    return type == null ? List.of() : type.fields();
  }

  public String getHeading() {
    if (!found) {
      return ConsoleText.text("index.content");
    }
    return isNew()
        ? ConsoleText.text("newtype." + type.name())
        : ConsoleText.text("content.edit.edit_0", title);
  }

  /** The item's public address, for a link while it is live. */
  public String getPublicAddress() {
    return "/" + tenant.require().code() + "/" + language + "/" + path;
  }

  public String getPath() {
    return path;
  }

  public int getLatestRevision() {
    return latestRevision;
  }

  public boolean isLive() {
    return live;
  }

  public boolean isUnpublishedChanges() {
    return unpublishedChanges;
  }

  public String getState() {
    return ConsoleText.text(
        live
            ? (unpublishedChanges ? "common.live_changes_waiting" : "common.live")
            : "filter.draft");
  }

  /** Pages of the item's language it may sit under (not itself). */
  public List<ItemChoice> getParentPages() {
    if (type == null || !type.nests()) {
      return List.of();
    }
    return queries.pages(new LanguageTag(language)).stream()
        .filter(p -> itemId == null || p.itemId() != itemId)
        .toList();
  }

  public List<ItemChoice> getContactCards() {
    return queries.contactCards();
  }

  // Form values.

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

  /** The office's images and HQ's, to choose a hero or social image from. */
  public List<org.meridian.content.media.MediaItem> getImageChoices() {
    if (imageChoices == null) {
      imageChoices =
          media.list("", java.util.Optional.of(org.meridian.content.media.MediaKind.IMAGE));
    }
    return imageChoices;
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

  /** Values of the type's single-value fields, by field name. */
  public Map<String, String> getValues() {
    return typeFields.values();
  }

  /** Time zones of the type's date-and-time fields, by field name. */
  public Map<String, String> getZones() {
    return typeFields.zones();
  }

  public Map<String, List<TypeFieldsForm.ContactRow>> getContactRows() {
    return typeFields.contactRows();
  }

  public Map<String, List<TypeFieldsForm.QuoteRow>> getQuoteRows() {
    return typeFields.quoteRows();
  }
}
