package org.meridian.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.tenancy.TenantContext;

/**
 * Takes content live and offline. Every office runs the <em>direct</em> policy for now (whoever may
 * edit may publish); review policies come with the workflow issue and plug in here, before {@link
 * ContentService#publishLatest} is called.
 */
@ApplicationScoped
@Transactional
public class Publishing {

  private static final Logger LOG = Logger.getLogger(Publishing.class.getName());

  @Inject private ContentService content;
  @Inject private TenantContext tenant;

  /** Publishes the latest revision of an item of the current office. */
  public ContentItem publishNow(long itemId, String actor) {
    ContentItem item = content.publishLatest(itemId, actor);
    LOG.fine(
        () ->
            actor
                + " published item "
                + itemId
                + " of "
                + tenant.require().code()
                + " (revision "
                + item.liveRevision().number()
                + ")");
    return item;
  }

  /** Takes an item of the current office off its site. */
  public ContentItem unpublish(long itemId, String actor) {
    return content.unpublish(itemId, actor);
  }
}
