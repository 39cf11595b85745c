package org.meridian.tenancy.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs reads in a transaction: the caller's, or a new one when there is none.
 *
 * <p>Why shared beans read through it rather than with their container entity manager outside a
 * transaction: Payara's container entity manager keeps the entity manager of a read outside a
 * transaction in a field of the one wrapper that an application-scoped bean shares between all
 * threads, and closes it at that wrapper's next use. Two threads reading at once (at start-up the
 * schedulers, the cache sync and the first requests all read the offices) close each other's entity
 * manager: "Attempting to execute an operation on a closed EntityManager". Inside a transaction
 * each thread has the transaction's own entity manager.
 */
@ApplicationScoped
public class InTransaction {

  @Transactional
  public <T> T call(Supplier<T> reads) {
    return reads.get();
  }
}
