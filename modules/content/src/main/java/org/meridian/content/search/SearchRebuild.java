package org.meridian.content.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;

/**
 * Builds the index for content that predates it: at start-up, when the index is empty, every
 * office's items are indexed once, one office per transaction. Afterwards the content events keep
 * it (content created at start-up, like the demo network, is indexed by them as it is written).
 */
@ApplicationScoped
public class SearchRebuild {

  private static final Logger LOG = Logger.getLogger(SearchRebuild.class.getName());

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private SearchIndexer indexer;

  /** Indexes every office's content when the index holds nothing; returns documents written. */
  @ActivateRequestContext
  public int rebuildIfEmpty() {
    if (indexer.indexSize() > 0) {
      return 0;
    }
    int written = 0;
    for (OfficeRef office : offices.all()) {
      written += tenant.callAs(office, indexer::reindexCurrentOffice);
    }
    int total = written;
    LOG.info(() -> "Search index built for existing content: " + total + " documents");
    return written;
  }
}
