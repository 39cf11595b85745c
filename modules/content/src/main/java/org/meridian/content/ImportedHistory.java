package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * What an item brought in from an office archive keeps of its past: its publication dates and since
 * when it is featured (the revisions themselves are saved anew, through {@link ContentService}).
 */
@ApplicationScoped
@Transactional
public class ImportedHistory {

  @Inject private OfficeData data;

  public void keep(long itemId, Instant firstPublished, Instant lastPublished, Instant featured) {
    StoredItems.item(data.entityManager(), itemId)
        .carryHistory(firstPublished, lastPublished, featured);
    data.entityManager().flush();
  }
}
