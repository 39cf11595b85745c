package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meridian.content.autosave.AutosavedText;
import org.meridian.content.autosave.Autosaves;
import org.meridian.tenancy.TenantContext;

/**
 * The editor's offer of what the person typed and did not save ({@code admin/content/edit.xhtml},
 * form {@code autosave}, next to {@link EditContent}): when they open an item whose autosave slot
 * holds text, the page says when it was kept and from which revision, and puts it back into the
 * form (to check and save) or throws it away.
 */
@Named
@ViewScoped
public class AutosaveOffer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Autosaves autosaves;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;
  @Inject private EditContent editor;

  private AutosavedText offered;
  private boolean looked;

  /** The unsaved text, if the person has some in this item (read once per view). */
  public AutosavedText getOffered() {
    if (!looked) {
      looked = true;
      Long itemId = editor.getItemId();
      offered =
          itemId == null ? null : autosaves.find(itemId, currentOffice.getEmail()).orElse(null);
    }
    return offered;
  }

  /** When it was kept, in the office's time zone: {@code 09:42 (Africa/Banjul)}. */
  public String getSavedAt() {
    AutosavedText text = getOffered();
    if (text == null) {
      return "";
    }
    var zone = tenant.require().timeZone();
    return DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT)
            .format(text.savedAt().atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }

  /** Puts the unsaved text into the form; it is saved when the person saves. */
  public String restore() {
    AutosavedText text = getOffered();
    if (text != null) {
      editor.getForm().setTitle(text.title());
      editor.getForm().setSummary(text.summary());
      editor.getForm().setBody(text.body());
      offered = null;
      Messages.info("content.edit.autosave_restored");
    }
    return null;
  }

  /** Throws the unsaved text away. */
  public String discard() {
    Long itemId = editor.getItemId();
    if (itemId != null) {
      autosaves.discard(itemId, currentOffice.getEmail());
      offered = null;
      Messages.info("content.edit.autosave_discarded");
    }
    return null;
  }
}
