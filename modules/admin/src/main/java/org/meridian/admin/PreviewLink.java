package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.meridian.content.ContentSummary;
import org.meridian.content.EditorQueries;
import org.meridian.content.preview.PreviewLinks;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The signed address at which the latest revision of an item of the current office is previewed.
 */
@Named
@RequestScoped
public class PreviewLink {

  @Inject private EditorQueries content;
  @Inject private Clock clock;
  @Inject private PreviewLinks previews;
  @Inject private CurrentOffice currentOffice;

  /**
   * The preview address of the item's latest revision, or {@code null} when there is no such item.
   */
  public String of(Long itemId) {
    if (itemId == null || currentOffice.office().isEmpty()) {
      return null;
    }
    ContentSummary item = content.findForEditors(itemId).orElse(null);
    if (item == null) {
      return null;
    }
    return previews.address(
        currentOffice.office().get().code(),
        new LanguageTag(item.language()),
        itemId,
        item.latestRevision(),
        clock.instant());
  }
}
