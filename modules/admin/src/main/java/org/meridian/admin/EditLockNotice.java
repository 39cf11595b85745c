package org.meridian.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.tenancy.TenantContext;
import org.meridian.workflow.lock.EditLocks;
import org.meridian.workflow.lock.LockHolder;

/**
 * The editor's soft lock ({@code admin/content/edit.xhtml}, next to {@link EditContent}): takes or
 * renews the person's lock when the editor is opened and on each postback, renews it on the page's
 * heartbeat, tells who else has the item open and since when, and releases it on "Done editing". A
 * lock is a warning only: when taking it fails, the editor works on without it.
 */
@Named("editLock")
@ViewScoped
public class EditLockNotice implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(EditLockNotice.class.getName());

  @Inject private EditLocks locks;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private Long itemId;
  private boolean released;
  private List<LockHolder> others = List.of();

  /**
   * The view action: on opening the editor of an existing item, and on each of its postbacks other
   * than the heartbeat's (which renews by itself), takes or renews the lock.
   */
  public void open(Long item) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (item == null || released || faces.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    itemId = item;
    take();
  }

  /** The heartbeat of an open editor (every minute, with JavaScript). */
  public void heartbeat() {
    if (itemId != null && !released) {
      take();
    }
  }

  private void take() {
    try {
      others = locks.take(itemId, currentOffice.getEmail());
    } catch (RuntimeException failed) {
      // A warning that could not be given must not stop anyone from editing.
      LOG.log(Level.WARNING, "Could not take the edit lock of item " + itemId, failed);
      others = List.of();
    }
  }

  /** Releases the person's lock and goes back to the content list. */
  public String done() {
    released = true;
    if (itemId != null) {
      try {
        locks.release(itemId, currentOffice.getEmail());
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "Could not release the edit lock of item " + itemId, failed);
      }
    }
    return "/admin/index.xhtml?faces-redirect=true";
  }

  public boolean isHeld() {
    return itemId != null;
  }

  public List<LockHolder> getOthers() {
    return others;
  }

  /** What the others are told: "Fatou Jallow (gambia.editor@…) has been editing this since …". */
  public String notice(LockHolder holder) {
    var zone = tenant.require().timeZone();
    return ConsoleText.text(
        "content.edit.0_1_editing_since_2_3",
        holder.name(),
        holder.email(),
        holder.sinceIn(zone, locks.now()),
        zone.getId());
  }
}
