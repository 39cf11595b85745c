package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.tenancy.TenantContext;
import org.meridian.workflow.lock.EditLocks;
import org.meridian.workflow.lock.LockHolder;

/**
 * The content list's "being edited by" markers ({@code admin/index.xhtml}): the office's live locks
 * held by others, read in one query per request, whatever the number of rows.
 */
@Named
@RequestScoped
public class ContentLocks {

  private static final Logger LOG = Logger.getLogger(ContentLocks.class.getName());

  @Inject private EditLocks locks;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private Map<Long, LockHolder> held;

  /** Who else has the item open in the editor, or {@code null}. */
  public LockHolder holder(long itemId) {
    if (held == null) {
      held = load();
    }
    return held.get(itemId);
  }

  private Map<Long, LockHolder> load() {
    if (tenant.current().isEmpty() || currentOffice.getEmail() == null) {
      return Map.of();
    }
    try {
      return locks.heldByOthers(currentOffice.getEmail());
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Could not read the office's edit locks", failed);
      return Map.of();
    }
  }
}
