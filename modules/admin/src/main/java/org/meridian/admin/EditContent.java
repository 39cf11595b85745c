package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.EditableItem;
import org.meridian.content.EditorQueries;
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
 * each refusal on its field. What the form holds is {@link ContentForm} and {@link TypeFieldsForm},
 * reading them for the content service {@link ContentFormInput}, the lists to choose from {@link
 * EditorChoices}.
 */
@Named
@ViewScoped
public class EditContent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private org.meridian.content.autosave.Autosaves autosaves;
  @Inject private EditorQueries queries;
  @Inject private ContentService content;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private boolean found;
  private Long itemId;
  private ContentType type;
  private String language;
  private String path;
  private int latestRevision;
  private boolean live;
  private boolean unpublishedChanges;

  private ContentForm form = ContentForm.forNewItem(null);
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
      form = ContentForm.forNewItem(currentOffice.getEmail());
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
    path = item.path();
    latestRevision = item.latestRevision();
    live = item.live();
    unpublishedChanges = item.unpublishedChanges();
    form = ContentForm.of(item);
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
    ContentFormInput read =
        ContentFormInput.read(
            form,
            type,
            itemId != null,
            live,
            typeFields.toJson(type, officeZone()),
            made -> queries.freeSlug(new LanguageTag(language), made));
    if (!read.errors().isEmpty()) {
      ContentFormInput.show(type, read.errors());
      return null;
    }
    RevisionInput input = read.revision();
    ItemSettings settings = read.settings();
    Slug newSlug = read.slug();
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
      // What was autosaved is in the revision now (or was judged by the person): the slot goes.
      autosaves.discard(itemId, currentOffice.getEmail());
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
          String.join(
              ", ",
              conflict.changes().changedLabels().stream().map(new FieldWords()::ofLabel).toList()));
    } catch (org.meridian.content.ContentConflictException clash) {
      Messages.refusal(clash);
    } catch (InvalidFieldsException refused) {
      ContentFormInput.show(type, ConsoleText.fieldErrors(refused));
    } catch (SlugTakenException taken) {
      Messages.refusalOn("edit:slug", taken);
    } catch (ContentNotFoundException gone) {
      Messages.error("content.edit.item_gone");
    } catch (IllegalArgumentException refused) {
      Messages.refusal(refused);
    }
    return null;
  }

  /** Makes library file {@code mediaId} the hero image (the media picker's upload). */
  void useHeroImage(long mediaId) {
    form.setHeroImage(String.valueOf(mediaId));
  }

  /** Shows {@code message} on the item's freshly loaded editor (post-redirect-get). */
  static String done(String message, long id) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Messages.infoText(message);
    external.getFlash().setKeepMessages(true);
    return "/admin/content/edit.xhtml?faces-redirect=true&item=" + id;
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
        : ConsoleText.text("content.edit.edit_0", form.getTitle());
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

  /** What the form holds: the fields every item has, and its settings. */
  public ContentForm getForm() {
    return form;
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
