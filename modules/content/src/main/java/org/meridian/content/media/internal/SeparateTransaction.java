package org.meridian.content.media.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.function.Supplier;

/**
 * Runs work in a transaction of its own. An entity manager serves one office for its whole
 * transaction, so reading HQ's shared library from another office's request needs a second one.
 */
@ApplicationScoped
public class SeparateTransaction {

  @Transactional(TxType.REQUIRES_NEW)
  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
