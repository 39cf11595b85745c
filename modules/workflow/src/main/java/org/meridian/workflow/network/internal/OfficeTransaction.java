package org.meridian.workflow.network.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own. An entity manager serves one office for the whole of its
 * transaction, so work for several offices needs one transaction each.
 */
@ApplicationScoped
public class OfficeTransaction {

  @Transactional(TxType.REQUIRES_NEW)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
