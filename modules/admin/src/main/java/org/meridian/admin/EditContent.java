package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.content.ContentConflictException;
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
import org.meridian.content.fields.ContactReference;
import org.meridian.content.fields.FieldDefinition;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.Jsons;
import org.meridian.content.fields.Quote;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaFile;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.review.ItemReview;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.TransitionRefusedException;
import org.meridian.workflow.review.Workflow;

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
  private static final int EMPTY_ROWS = 2;

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
  @Inject private transient Workflow workflow;
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
  private transient ItemReview review;
  private boolean unpublishedChanges;

  private String title;
  private String loadedTitle;
  private String loadedSlug;
  private String slug;
  private String summary;
  private String body;
  private String heroImage;
  private List<org.meridian.content.media.MediaItem> imageChoices;
  private transient Part heroUpload;
  private String heroAlt;
  private boolean heroDecorative;
  private String seoDescription;
  private String socialImage;
  private String owner;
  private String reviewBy;
  private boolean featured;
  private String parent;
  private final Map<String, String> values = new HashMap<>();
  private final Map<String, String> zones = new HashMap<>();
  private final Map<String, List<ContactRow>> contactRows = new HashMap<>();
  private final Map<String, List<QuoteRow>> quoteRows = new HashMap<>();

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
      prepareRows(TypeFields.empty(type));
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
    values.clear();
    zones.clear();
    TypeFields fields = item.fields();
    for (FieldDefinition field : type.fields()) {
      String name = field.name();
      switch (field.kind()) {
        case DATE_TIME_ZONE ->
            fields
                .dateTime(name)
                .ifPresent(
                    t -> {
                      values.put(name, t.toLocalDateTime().toString());
                      zones.put(name, t.getZone().getId());
                    });
        case MEDIA -> values.put(name, fields.id(name).map(String::valueOf).orElse(""));
        case MEDIA_LIST, ITEM_REFS ->
            values.put(
                name,
                fields.ids(name).stream().map(String::valueOf).collect(Collectors.joining(", ")));
        case CONTACT_REFS, QUOTES -> {}
        default -> values.put(name, fields.text(name).orElse(""));
      }
    }
    prepareRows(fields);
  }

  /** Rows for list fields: the stored ones and a few empty ones to add more. */
  private void prepareRows(TypeFields fields) {
    contactRows.clear();
    quoteRows.clear();
    String zone = tenant.require().timeZone().getId();
    for (FieldDefinition field : type.fields()) {
      switch (field.kind()) {
        case CONTACT_REFS -> {
          List<ContactRow> rows = new ArrayList<>();
          for (ContactReference ref : fields.contacts(field.name())) {
            rows.add(new ContactRow(String.valueOf(ref.contactItemId()), ref.expires().toString()));
          }
          for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new ContactRow("", ""));
          }
          contactRows.put(field.name(), rows);
        }
        case QUOTES -> {
          List<QuoteRow> rows = new ArrayList<>();
          for (Quote quote : fields.quotes(field.name())) {
            rows.add(new QuoteRow(quote.text(), quote.attribution()));
          }
          for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new QuoteRow("", ""));
          }
          quoteRows.put(field.name(), rows);
        }
        case DATE_TIME_ZONE -> zones.putIfAbsent(field.name(), zone);
        default -> {}
      }
    }
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
    JsonObject fields = typeFieldsJson();
    try {
      TypeFields.validate(type, fields);
    } catch (InvalidFieldsException refused) {
      refused.errors().forEach(errors::putIfAbsent);
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
      refused.errors().forEach(errors::putIfAbsent);
    }
    Slug newSlug = null;
    if (itemId != null && slug != null && !slug.isBlank()) {
      // An existing item's address may change: the old one keeps working as a redirect.
      try {
        newSlug = new Slug(slug.strip().toLowerCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException refused) {
        errors.putIfAbsent("slug", refused.getMessage());
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
        errors.putIfAbsent("slug", refused.getMessage());
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
      Messages.refusal(clash.getMessage());
    } catch (InvalidFieldsException refused) {
      show(refused.errors());
    } catch (SlugTakenException taken) {
      Messages.refusalOn("edit:slug", taken.getMessage());
    } catch (ContentNotFoundException gone) {
      Messages.error("content.edit.item_gone");
    } catch (IllegalArgumentException refused) {
      Messages.refusal(refused.getMessage());
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

  /**
   * The media picker: adds the chosen image to the office's library, described by the hero image's
   * alternative text (required unless it is marked decorative), and makes it the hero image.
   * Nothing else is saved: the rest of the form comes back as typed.
   */
  public String uploadHero() {
    if (!found) {
      Messages.error("content.edit.no_such_item");
      return null;
    }
    MediaLimits limits = media.limits();
    try {
      UploadedFile upload = UploadedFile.read(heroUpload, limits);
      if (MediaFile.check(upload.name(), upload.bytes(), limits).kind() != MediaKind.IMAGE) {
        Messages.errorOn("edit:heroUpload", "content.edit.hero_must_be_image");
        Messages.error("content.edit.image_not_uploaded");
        return null;
      }
      var item =
          media.upload(
              upload.name(),
              upload.bytes(),
              new MediaDetails(null, heroAlt, heroDecorative, null, null),
              currentOffice.getEmail());
      heroImage = String.valueOf(item.id());
      imageChoices = null;
      Messages.info("content.edit.hero_added_0", item.fileName());
    } catch (MediaRefusedException refused) {
      String field = refused.field();
      // The media service's own sentence (or UploadedFile's), shown as it is.
      Messages.refusalOn(
          "altText".equals(field) || "decorative".equals(field)
              ? "edit:heroAlt"
              : "edit:heroUpload",
          refused.getMessage());
      Messages.error("content.edit.image_not_uploaded");
    }
    return null;
  }

  /** The largest image the media picker takes, checked in the page before sending. */
  public long getMaxImageBytes() {
    return media.limits().maxImageBytes();
  }

  public Part getHeroUpload() {
    return heroUpload;
  }

  public void setHeroUpload(Part heroUpload) {
    this.heroUpload = heroUpload;
  }

  public String publish() {
    return step(Transition.PUBLISH, "content.edit.published", "content.edit.could_not_publish");
  }

  public String unpublish() {
    return step(Transition.UNPUBLISH, "common.taken_off", "content.edit.could_not_unpublish");
  }

  public String submit() {
    return step(Transition.SUBMIT, "common.submitted", "content.edit.could_not_submit");
  }

  private String step(Transition step, String success, String failure) {
    if (itemId == null) {
      return null;
    }
    try {
      workflow.take(itemId, step, currentOffice.getEmail(), null);
      return done(ConsoleText.text(success), itemId);
    } catch (TransitionRefusedException | ContentConflictException refused) {
      Messages.error(failure, refused.getMessage());
      return null;
    } catch (ContentNotFoundException gone) {
      Messages.error("content.edit.item_gone");
      return null;
    }
  }

  /**
   * Where the item stands in the editorial process and what the person may do (cached per view).
   */
  public ItemReview getReview() {
    if (review == null && itemId != null) {
      review = workflow.review(itemId, currentOffice.getEmail());
    }
    return review;
  }

  /** Shows {@code message} on the item's freshly loaded editor (post-redirect-get). */
  private static String done(String message, long id) {
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

  /** The type's fields as the content module reads them, from the form's values and rows. */
  private JsonObject typeFieldsJson() {
    JsonObjectBuilder json = Jsons.createObjectBuilder();
    for (FieldDefinition field : type.fields()) {
      String name = field.name();
      switch (field.kind()) {
        case DATE_TIME_ZONE -> {
          String local = values.get(name);
          if (local != null && !local.isBlank()) {
            String zone = zones.get(name);
            json.add(
                name,
                Jsons.createObjectBuilder()
                    .add("local", local.strip())
                    .add(
                        "zone",
                        zone == null || zone.isBlank()
                            ? tenant.require().timeZone().getId()
                            : zone.strip()));
          }
        }
        case CONTACT_REFS -> {
          JsonArrayBuilder rows = Jsons.createArrayBuilder();
          for (ContactRow row : contactRows.getOrDefault(name, List.of())) {
            rows.add(
                Jsons.createObjectBuilder()
                    .add("contact", nullToEmpty(row.getContact()))
                    .add("expires", nullToEmpty(row.getExpires())));
          }
          json.add(name, rows);
        }
        case QUOTES -> {
          JsonArrayBuilder rows = Jsons.createArrayBuilder();
          for (QuoteRow row : quoteRows.getOrDefault(name, List.of())) {
            rows.add(
                Jsons.createObjectBuilder()
                    .add("text", nullToEmpty(row.getText()))
                    .add("attribution", nullToEmpty(row.getAttribution())));
          }
          json.add(name, rows);
        }
        default -> {
          String value = values.get(name);
          if (value != null && !value.isBlank()) {
            json.add(name, value);
          }
        }
      }
    }
    return json.build();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
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
    return values;
  }

  /** Time zones of the type's date-and-time fields, by field name. */
  public Map<String, String> getZones() {
    return zones;
  }

  public Map<String, List<ContactRow>> getContactRows() {
    return contactRows;
  }

  public Map<String, List<QuoteRow>> getQuoteRows() {
    return quoteRows;
  }

  /** One media contact of a news item in the form: a contact card and the date it expires. */
  public static final class ContactRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String contact;
    private String expires;

    ContactRow(String contact, String expires) {
      this.contact = contact;
      this.expires = expires;
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }

    public String getExpires() {
      return expires;
    }

    public void setExpires(String expires) {
      this.expires = expires;
    }
  }

  /** One quotation in the form. */
  public static final class QuoteRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String text;
    private String attribution;

    QuoteRow(String text, String attribution) {
      this.text = text;
      this.attribution = attribution;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getAttribution() {
      return attribution;
    }

    public void setAttribution(String attribution) {
      this.attribution = attribution;
    }
  }
}
