package org.meridian.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs the reads of one page render in one transaction: the services it calls join it, so a page
 * takes one connection and one persistence context instead of one per service call.
 */
@ApplicationScoped
public class ReadTransaction {

  @Transactional
  public <T> T call(Supplier<T> reads) {
    return reads.get();
  }
}
