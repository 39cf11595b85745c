package org.meridian.admin;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.meridian.content.ContentType;
import org.meridian.content.ItemSettings;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;

/**
 * The editor's form read into what the content service takes — the revision, the item's settings
 * and its address — or, for each field that cannot be read, what to fix in the reader's language
 * ({@link #errors()}, by the field names the content module uses), which {@link #show} puts on the
 * editor's fields. Nothing is written here.
 */
final class ContentFormInput {

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

  private final Map<String, String> errors = new LinkedHashMap<>();
  private RevisionInput revision;
  private ItemSettings settings;
  private Slug slug;

  private ContentFormInput() {}

  /**
   * Reads {@code form} for an item of {@code type} ({@code existing} or new; {@code live} when it
   * is published) with the type's fields as {@code fields}; {@code freeSlug} gives a free address
   * of the item's language near the one asked for.
   */
  static ContentFormInput read(
      ContentForm form,
      ContentType type,
      boolean existing,
      boolean live,
      JsonObject fields,
      UnaryOperator<Slug> freeSlug) {
    ContentFormInput read = new ContentFormInput();
    read.readAll(form, type, existing, live, fields, freeSlug);
    return read;
  }

  private void readAll(
      ContentForm form,
      ContentType type,
      boolean existing,
      boolean live,
      JsonObject fields,
      UnaryOperator<Slug> freeSlug) {
    Long hero =
        mediaId(
            form.getHeroImage(),
            "heroImage",
            typed -> ConsoleText.text("content.edit.hero_not_media_id_0", typed));
    Long social =
        mediaId(
            form.getSocialImage(),
            "socialImage",
            typed -> ConsoleText.text("content.edit.social_not_media_id_0", typed));
    LocalDate review = null;
    String reviewBy = form.getReviewBy();
    if (reviewBy != null && !reviewBy.isBlank()) {
      try {
        review = LocalDate.parse(reviewBy.strip());
      } catch (DateTimeParseException e) {
        errors.put("reviewBy", ConsoleText.text("content.edit.review_by_not_date_0", reviewBy));
      }
    }
    Long parentId = null;
    String parent = form.getParent();
    if (type.nests() && parent != null && !parent.isBlank()) {
      try {
        parentId = Long.valueOf(parent.strip());
      } catch (NumberFormatException e) {
        errors.put("parent", ConsoleText.text("content.edit.choose_parent_from_list"));
      }
    }
    try {
      TypeFields.validate(type, fields);
    } catch (InvalidFieldsException refused) {
      ConsoleText.fieldErrors(refused).forEach(errors::putIfAbsent);
    }
    try {
      revision =
          RevisionInput.builder()
              .title(form.getTitle())
              .summary(form.getSummary())
              .body(form.getBody())
              .heroImage(hero, form.getHeroAlt(), form.isHeroDecorative())
              .seoDescription(form.getSeoDescription())
              .socialImage(social)
              .fields(fields)
              .build();
    } catch (InvalidFieldsException refused) {
      ConsoleText.fieldErrors(refused).forEach(errors::putIfAbsent);
    }
    slug = existing ? changedSlug(form, live, freeSlug) : newSlug(form);
    settings = new ItemSettings(form.getOwner(), review, parentId, form.isFeatured());
  }

  /** An existing item's address: the old one keeps working as a redirect when it changes. */
  private Slug changedSlug(ContentForm form, boolean live, UnaryOperator<Slug> freeSlug) {
    String typed = form.getSlug();
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Slug wanted = null;
    try {
      wanted = new Slug(typed.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException refused) {
      errors.putIfAbsent("slug", ConsoleText.refusal(refused));
    }
    return followingTitle(form, live, wanted, freeSlug);
  }

  private Slug newSlug(ContentForm form) {
    String typed = form.getSlug();
    try {
      return typed == null || typed.isBlank()
          ? Slug.fromTitle(form.getTitle())
          : new Slug(typed.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException refused) {
      errors.putIfAbsent("slug", ConsoleText.refusal(refused));
      return null;
    }
  }

  /**
   * A draft's address that was made from its title, and that nobody changed in the form, follows a
   * new title (a new translation gets its own address once its title is translated); a published
   * item keeps its address unless someone changes it.
   */
  private static Slug followingTitle(
      ContentForm form, boolean live, Slug typed, UnaryOperator<Slug> freeSlug) {
    String title = form.getTitle();
    String loadedTitle = form.loadedTitle();
    if (live
        || typed == null
        || title == null
        || title.isBlank()
        || title.strip().equals(loadedTitle)
        || !typed.value().equals(form.loadedSlug())
        || !typed.madeFrom(loadedTitle)) {
      return typed;
    }
    try {
      Slug made = Slug.fromTitle(title);
      return made.equals(typed) || typed.madeFrom(title) ? typed : freeSlug.apply(made);
    } catch (IllegalArgumentException noSlug) {
      return typed;
    }
  }

  private Long mediaId(String text, String field, Function<String, String> notANumber) {
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

  /**
   * Shows each error on its field of the editor's form ({@code edit:title}, {@code
   * edit:field-kind}…), or for the whole form, and that nothing was saved.
   */
  static void show(ContentType type, Map<String, String> errors) {
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

  /** What to fix, by field, in the order of the form; empty when everything could be read. */
  Map<String, String> errors() {
    return errors;
  }

  RevisionInput revision() {
    return revision;
  }

  ItemSettings settings() {
    return settings;
  }

  /** The address to give the item (null: keep it). */
  Slug slug() {
    return slug;
  }
}
