package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentService;
import org.meridian.content.ContentTrash;
import org.meridian.content.ItemHistory;
import org.meridian.content.Revision;
import org.meridian.content.RevisionDiff;
import org.meridian.content.RevisionEntry;
import org.meridian.content.RevisionHistory;
import org.meridian.content.TrashRefusedException;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.TransitionRefusedException;
import org.meridian.workflow.review.Workflow;

/**
 * The history of one item ({@code ?item=id}): its revisions, newest first, with the live and the
 * latest marked; a comparison of any two ({@code &from=n&to=m}, a plain GET form); restoring a
 * revision as a new draft, publishing the latest revision and moving the item to the trash, each
 * after a confirmation. An id that is not one of the current office's items shows "not found".
 */
@Named
@ViewScoped
public class BrowseHistory implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private RevisionHistory histories;
  @Inject private ContentService content;
  @Inject private ContentTrash trash;
  @Inject private Workflow workflow;
  @Inject private CurrentOffice currentOffice;

  private long itemId;
  private ItemHistory history;
  private RevisionDiff diff;
  private int from;
  private int to;
  private Integer restoring;
  private boolean confirmingTrash;
  private boolean trashed;

  @PostConstruct
  void init() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Long id = number(parameters.get("item"));
    if (id == null) {
      Messages.error("content.history.choose_item");
      return;
    }
    itemId = id;
    if (!load()) {
      return;
    }
    Long wantedFrom = number(parameters.get("from"));
    Long wantedTo = number(parameters.get("to"));
    to = history.latestRevision();
    from =
        history.liveRevision() != null && history.liveRevision() != to
            ? history.liveRevision()
            : Math.max(1, to - 1);
    if (wantedFrom != null && wantedTo != null) {
      from = (int) Math.min(wantedFrom, Integer.MAX_VALUE);
      to = (int) Math.min(wantedTo, Integer.MAX_VALUE);
      try {
        diff = histories.compare(itemId, from, to);
      } catch (IllegalArgumentException | ContentNotFoundException refused) {
        Messages.refusal(refused);
      }
    }
  }

  /** Reads the history again; false (with a message) when the item is not there. */
  private boolean load() {
    try {
      history = histories.of(itemId);
      return true;
    } catch (ContentNotFoundException missing) {
      history = null;
      Messages.error("common.no_item_0", itemId);
      return false;
    }
  }

  public void askToRestore(int number) {
    restoring = number;
    confirmingTrash = false;
  }

  /** Restores the revision being confirmed as a new draft. */
  public void restore() {
    if (restoring == null || history == null) {
      return;
    }
    int number = restoring;
    restoring = null;
    try {
      Revision restored = content.restoreRevision(itemId, number, actor());
      if (history.liveRevision() == null) {
        Messages.info("content.history.restored_0_1_not_live", number, restored.number());
      } else {
        Messages.info(
            "content.history.restored_0_1_live_2",
            number,
            restored.number(),
            history.liveRevision());
      }
      diff = null;
    } catch (ContentNotFoundException | IllegalArgumentException | ContentConflictException e) {
      Messages.refusal(e);
    }
    load();
  }

  /** Makes the latest revision live. */
  public void publishLatest() {
    if (history == null) {
      return;
    }
    try {
      workflow.take(itemId, Transition.PUBLISH, actor(), null);
      Messages.info("content.history.revision_0_live", history.latestRevision());
    } catch (TransitionRefusedException e) {
      Messages.error("common.could_not_publish_0", ConsoleText.refusal(e));
    } catch (ContentNotFoundException | ContentConflictException e) {
      Messages.refusal(e);
    }
    load();
  }

  public void askToTrash() {
    confirmingTrash = true;
    restoring = null;
  }

  /** Moves the item to the trash, after the confirmation. */
  public void moveToTrash() {
    if (history == null || !confirmingTrash) {
      return;
    }
    confirmingTrash = false;
    try {
      trash.moveToTrash(itemId, actor());
      Messages.info("content.history.in_trash_0", history.title());
      trashed = true;
      history = null;
      diff = null;
    } catch (TrashRefusedException | ContentNotFoundException | IllegalStateException e) {
      Messages.refusal(e);
    } catch (ContentConflictException e) {
      Messages.refusal(e);
      load();
    }
  }

  public void cancel() {
    restoring = null;
    confirmingTrash = false;
  }

  /** A time in the office's time zone. */
  public String when(Instant instant) {
    ZoneId zone = currentOffice.office().map(o -> o.timeZone()).orElse(ZoneOffset.UTC);
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** What the history's markers say about a revision, in words. */
  public String state(RevisionEntry revision) {
    if (revision.live() && revision.latest()) {
      return ConsoleText.text("content.history.live_latest");
    }
    if (revision.live()) {
      return ConsoleText.text("common.live");
    }
    return revision.latest() ? ConsoleText.text("content.history.latest_draft") : "";
  }

  /** Which revision is live, in words. */
  public String getLiveState() {
    if (history == null) {
      return "";
    }
    Integer live = history.liveRevision();
    if (live == null) {
      return ConsoleText.text("content.schedule.not_live");
    }
    return live == history.latestRevision()
        ? ConsoleText.text("content.history.revision_0_is_live", live)
        : ConsoleText.text("content.history.revision_0_is_live_newer", live);
  }

  /** Whether the latest revision is not the live one. */
  public boolean isLatestUnpublished() {
    return history != null
        && (history.liveRevision() == null || history.liveRevision() != history.latestRevision());
  }

  private String actor() {
    return currentOffice.getEmail();
  }

  private static Long number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.strip());
      return value > 0 ? value : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public long getItemId() {
    return itemId;
  }

  public ItemHistory getHistory() {
    return history;
  }

  public RevisionDiff getDiff() {
    return diff;
  }

  public int getFrom() {
    return from;
  }

  public int getTo() {
    return to;
  }

  public Integer getRestoring() {
    return restoring;
  }

  public boolean isConfirmingTrash() {
    return confirmingTrash;
  }

  public boolean isTrashed() {
    return trashed;
  }
}
