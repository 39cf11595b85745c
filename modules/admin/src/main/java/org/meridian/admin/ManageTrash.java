package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentTrash;
import org.meridian.content.TrashRefusedException;
import org.meridian.content.TrashedItem;

/**
 * The current office's trash, for its administrators (and HQ's): restore an item as an offline
 * draft, or delete it for good after a confirmation. {@link ContentTrash} checks every action
 * against the signed-in person's memberships; this bean only shows the outcome.
 */
@Named
@ViewScoped
public class ManageTrash implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private ContentTrash trash;
  @Inject private CurrentOffice currentOffice;

  private boolean allowed;
  private List<TrashedItem> items = List.of();
  private TrashedItem purging;

  @PostConstruct
  void init() {
    if (currentOffice.office().isEmpty()) {
      return;
    }
    refresh();
  }

  private void refresh() {
    try {
      items = trash.list(actor());
      allowed = true;
    } catch (TrashRefusedException refused) {
      allowed = false;
      items = List.of();
    }
  }

  public void restore(TrashedItem item) {
    purging = null;
    try {
      trash.restore(item.itemId(), actor());
      Messages.info("trash.restored_0", item.title());
    } catch (TrashRefusedException | ContentNotFoundException | ContentConflictException e) {
      Messages.refusal(e);
    }
    refresh();
  }

  public void askToPurge(TrashedItem item) {
    purging = item;
  }

  /** Deletes the item being confirmed, for good. */
  public void purge() {
    if (purging == null) {
      return;
    }
    TrashedItem item = purging;
    purging = null;
    try {
      trash.purge(item.itemId(), actor());
      Messages.info("trash.deleted_good_0", item.title());
    } catch (TrashRefusedException
        | ContentNotFoundException
        | ContentConflictException
        | IllegalStateException e) {
      Messages.refusal(e);
    }
    refresh();
  }

  public void cancel() {
    purging = null;
  }

  /** A time in the office's time zone. */
  public String when(Instant instant) {
    ZoneId zone = currentOffice.office().map(o -> o.timeZone()).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  private String actor() {
    return currentOffice.getEmail();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public List<TrashedItem> getItems() {
    return items;
  }

  public TrashedItem getPurging() {
    return purging;
  }
}
