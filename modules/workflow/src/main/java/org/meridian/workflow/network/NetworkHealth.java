package org.meridian.workflow.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.meridian.content.ContentQueries;

/**
 * The health of every office's site, for HQ: the seed of the network dashboard. Reads through
 * {@link AcrossOffices}, so every look at it is in the audit trail.
 */
@ApplicationScoped
public class NetworkHealth {

  static final String PURPOSE = "network overview: content counts of every office";

  @Inject private AcrossOffices acrossOffices;
  @Inject private ContentQueries content;

  /** A line per office, HQ first; {@code actor} must be an HQ administrator. */
  public List<OfficeHealth> overview(String actor) {
    return acrossOffices.readEach(PURPOSE, actor, office -> content.counts()).entrySet().stream()
        .map(e -> OfficeHealth.of(e.getKey(), e.getValue()))
        .toList();
  }
}
