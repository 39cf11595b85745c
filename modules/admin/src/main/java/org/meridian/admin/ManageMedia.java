package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaInUseException;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.content.media.MediaUsage;
import org.meridian.tenancy.TenantContext;

/**
 * The media library screen: the office's files and HQ's shared ones (read-only), searched by title
 * or file name and filtered by kind ({@code ?q=&kind=}); upload; a file's details ({@code
 * ?media=id}) with its alt text in each of the office's languages and the items that use it;
 * delete, refused while it is in use. Framing an image and replacing a file are their own beans on
 * the same view ({@link FrameImage}, {@link ReplaceMediaFile}).
 */
@Named
@ViewScoped
public class ManageMedia implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaLibrary library;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private transient Part file;
  private String title;
  private String altText;
  private boolean decorative;
  private String caption;
  private String credit;

  private String search = "";
  private String kind = "";
  private List<MediaItem> items = List.of();

  private MediaItem selected;
  private MediaUsage usage;
  private String editTitle;
  private String editAltText;
  private boolean editDecorative;
  private String editCaption;
  private String editCredit;
  private List<AltTextRow> editAltTexts = List.of();

  /** The alt text in one of the office's other languages (empty: the default one is shown). */
  public static final class AltTextRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String language;
    private final String label;
    private String text;

    AltTextRow(String language, String label, String text) {
      this.language = language;
      this.label = label;
      this.text = text;
    }

    public String getLanguage() {
      return language;
    }

    public String getLabel() {
      return label;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  @PostConstruct
  void init() {
    if (tenant.current().isEmpty()) {
      return;
    }
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    search = Optional.ofNullable(params.get("q")).map(String::strip).orElse("");
    if (search.length() > 100) {
      search = search.substring(0, 100);
    }
    kind = kindOf(params.get("kind")).map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("");
    reload();
    String wanted = params.get("media");
    if (wanted != null && wanted.matches("[0-9]{1,18}")) {
      select(Long.parseLong(wanted));
    }
  }

  public boolean isAllowed() {
    return tenant.current().isPresent();
  }

  /** Adds the chosen file to the office's library. */
  public void upload() {
    try {
      UploadedFile upload = UploadedFile.read(file, library.limits());
      MediaItem item =
          library.upload(
              upload.name(),
              upload.bytes(),
              new MediaDetails(title, altText, decorative, caption, credit),
              currentOffice.getEmail());
      Messages.info("media.added_0", item.fileName());
      title = altText = caption = credit = null;
      decorative = false;
      reload();
      select(item.id());
    } catch (MediaRefusedException refused) {
      Messages.refusalOn("upload:" + (refused.field() == null ? "file" : refused.field()), refused);
    }
  }

  /** Saves the selected file's title, alt text, caption and credit. */
  public void save() {
    if (selected == null || selected.shared()) {
      Messages.error("media.only_own_files");
      return;
    }
    try {
      selected =
          library.describe(
              selected.id(),
              selected.version(),
              new MediaDetails(editTitle, editAltText, editDecorative, editCaption, editCredit),
              altTexts(),
              currentOffice.getEmail());
      Messages.info("media.details_saved_0", selected.fileName());
      reload();
      select(selected.id());
    } catch (MediaRefusedException refused) {
      if (refused.field() != null) {
        Messages.refusalOn("details:" + refused.field(), refused);
      } else {
        Messages.refusal(refused);
        select(selected.id());
      }
    }
  }

  /** Deletes the selected file, unless something uses it. */
  public void delete() {
    if (selected == null) {
      Messages.error("media.choose_file_first");
      return;
    }
    try {
      library.delete(selected.id(), currentOffice.getEmail());
      Messages.info("media.deleted_0", selected.fileName());
      selected = null;
      usage = null;
      reload();
    } catch (MediaInUseException inUse) {
      usage = inUse.usage();
      Messages.refusal(inUse);
    } catch (MediaRefusedException refused) {
      Messages.refusal(refused);
    }
  }

  private org.meridian.content.media.AltTexts altTexts() {
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    editAltTexts.forEach(row -> texts.put(row.getLanguage(), row.getText()));
    return new org.meridian.content.media.AltTexts(texts);
  }

  private void reload() {
    items = library.list(search, kindOf(kind));
  }

  /** Shows {@code item} (just changed by another bean of the view) and the list anew. */
  void reselect(MediaItem item) {
    reload();
    select(item.id());
  }

  private void select(long id) {
    selected = library.find(id).orElse(null);
    if (selected == null) {
      Messages.error("media.no_file_0", id);
      usage = null;
      return;
    }
    usage = library.usageOf(id);
    MediaDetails details = selected.details();
    editTitle = details.title();
    editAltText = details.altText();
    editDecorative = details.decorative();
    editCaption = details.caption();
    editCredit = details.credit();
    // The default alt text serves the office's default language and any without its own.
    Locale shown = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    var office = tenant.require();
    editAltTexts =
        office.languages().stream()
            .filter(language -> !language.equals(office.defaultLanguage()))
            .map(
                language ->
                    new AltTextRow(
                        language.value(),
                        language.locale().getDisplayLanguage(shown) + " (" + language.value() + ")",
                        selected.altTexts().in(language.value()).orElse("")))
            .toList();
  }

  public List<AltTextRow> getEditAltTexts() {
    return editAltTexts;
  }

  /** The address of a picture's social cut, for its preview ({@code ""} when it has none). */
  public String socialCut(MediaItem item) {
    return item.socialUrl().orElse("");
  }

  /** The console address of an item that uses the file: its editor. */
  public String editorLink(org.meridian.content.media.MediaUser user) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/admin/content/edit.xhtml?item="
        + user.itemId();
  }

  /** How many items use the file: this office's, and other offices' for HQ's shared files. */
  public long getUseCount() {
    return usage == null
        ? 0
        : usage.items().size()
            + usage.otherOffices().values().stream().mapToLong(Long::longValue).sum();
  }

  private static Optional<MediaKind> kindOf(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "image" -> Optional.of(MediaKind.IMAGE);
      case "document" -> Optional.of(MediaKind.DOCUMENT);
      default -> Optional.empty();
    };
  }

  /** The library's limits, which the upload page checks before sending a file. */
  public MediaLimits getLimits() {
    return library.limits();
  }

  /** What the upload field accepts, with the limits. */
  public String getAccepted() {
    MediaLimits limits = library.limits();
    return "JPEG, PNG, GIF or WebP images up to "
        + MediaLimits.readable(limits.maxImageBytes())
        + "; PDF, Word, Excel or PowerPoint documents up to "
        + MediaLimits.readable(limits.maxDocumentBytes());
  }

  public List<MediaItem> getItems() {
    return items;
  }

  public MediaItem getSelected() {
    return selected;
  }

  public MediaUsage getUsage() {
    return usage;
  }

  /** The address of a file's details, keeping the search. */
  public String detailsLink(MediaItem item) {
    return "media.xhtml?media="
        + item.id()
        + (search.isEmpty()
            ? ""
            : "&q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8))
        + (kind.isEmpty() ? "" : "&kind=" + kind);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAltText() {
    return altText;
  }

  public void setAltText(String altText) {
    this.altText = altText;
  }

  public boolean isDecorative() {
    return decorative;
  }

  public void setDecorative(boolean decorative) {
    this.decorative = decorative;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }

  public String getCredit() {
    return credit;
  }

  public void setCredit(String credit) {
    this.credit = credit;
  }

  public String getSearch() {
    return search;
  }

  public String getKind() {
    return kind;
  }

  public String getEditTitle() {
    return editTitle;
  }

  public void setEditTitle(String editTitle) {
    this.editTitle = editTitle;
  }

  public String getEditAltText() {
    return editAltText;
  }

  public void setEditAltText(String editAltText) {
    this.editAltText = editAltText;
  }

  public boolean isEditDecorative() {
    return editDecorative;
  }

  public void setEditDecorative(boolean editDecorative) {
    this.editDecorative = editDecorative;
  }

  public String getEditCaption() {
    return editCaption;
  }

  public void setEditCaption(String editCaption) {
    this.editCaption = editCaption;
  }

  public String getEditCredit() {
    return editCredit;
  }

  public void setEditCredit(String editCredit) {
    this.editCredit = editCredit;
  }
}
