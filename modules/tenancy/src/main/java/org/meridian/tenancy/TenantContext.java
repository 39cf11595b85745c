package org.meridian.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The office the current request works for, resolved once (from the host name or path prefix for
 * public pages and the API, from the signed-in person's chosen office in the console). Office-owned
 * data is reachable only through it.
 */
@RequestScoped
public class TenantContext {

  /** The key under which a transaction remembers the office its entity manager serves. */
  static final String TRANSACTION_OFFICE = TenantContext.class.getName() + ".office";

  /**
   * The container's transactions, through a bean that holds them for the whole application: a
   * context is made for every request, and the registry injected here as a resource was looked up
   * in the naming service each time (about 4 % of a public page's CPU in a profile).
   */
  @Inject private ContainerTransactions container;

  /** The transactions: a test's, or the container's once first asked for; none in plain tests. */
  private TransactionSynchronizationRegistry transactions;

  private OfficeRef office;

  public TenantContext() {}

  /** For tests: a context that sees the transactions of {@code transactions}. */
  TenantContext(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Sets the request's office. A request works for one office: entering another one is refused. */
  public void enter(OfficeRef office) {
    Objects.requireNonNull(office, "office");
    if (this.office != null && this.office.id() != office.id()) {
      throw new IllegalStateException(
          "This request already works for office '"
              + this.office.code()
              + "', not '"
              + office.code()
              + "'");
    }
    this.office = office;
  }

  public Optional<OfficeRef> current() {
    return Optional.ofNullable(office);
  }

  /** The request's office; fails closed when none was resolved. */
  public OfficeRef require() {
    if (office == null) {
      throw new NoOfficeResolvedException();
    }
    return office;
  }

  /**
   * The office the data layer binds the transaction's entity manager to: the request's office,
   * which from now on is also the transaction's. A transaction serves one office (an entity manager
   * keeps what it read for its whole transaction): asking for another office in a transaction that
   * already serves one is refused. Outside a transaction nothing is remembered.
   *
   * @throws NoOfficeResolvedException when no office was resolved
   * @throws IllegalStateException when the transaction already serves another office
   */
  public OfficeRef requireForData() {
    OfficeRef required = require();
    Optional<Long> served = transactionOffice();
    if (served.isPresent() && served.get() != required.id()) {
      throw new IllegalStateException(
          "This transaction already works for office "
              + served.get()
              + ", not for '"
              + required.code()
              + "': work for another office needs a transaction of its own");
    }
    if (served.isEmpty() && inTransaction()) {
      transactions().putResource(TRANSACTION_OFFICE, required.id());
    }
    return required;
  }

  /**
   * Runs system work (start-up, scheduled jobs, HQ's reads of an office) for one office, then
   * restores the previous office. It refuses to run inside a transaction that already works for an
   * office: that transaction's entity manager serves its office to the end. Call it outside any
   * transaction (the work's services open their own), inside a transaction of its own ({@code
   * REQUIRES_NEW}, then {@code callAs} inside it), or in a transaction that has not read any
   * office's data yet (which then serves this office: provisioning a new office).
   *
   * @throws IllegalStateException inside a transaction that already works for an office
   */
  public <T> T callAs(OfficeRef office, Supplier<T> work) {
    Objects.requireNonNull(office, "office");
    Optional<Long> served = transactionOffice();
    if (served.isPresent()) {
      throw new IllegalStateException(
          "callAs('"
              + office.code()
              + "') inside a transaction that already works for office "
              + served.get()
              + ": open a transaction of its own first (REQUIRES_NEW) and call callAs inside it");
    }
    OfficeRef previous = this.office;
    this.office = office;
    try {
      return work.get();
    } finally {
      this.office = previous;
    }
  }

  public void runAs(OfficeRef office, Runnable work) {
    callAs(
        office,
        () -> {
          work.run();
          return null;
        });
  }

  /** The container's transactions, those given by a test, or none (a plain unit test). */
  private TransactionSynchronizationRegistry transactions() {
    if (transactions == null && container != null) {
      transactions = container.registry();
    }
    return transactions;
  }

  private boolean inTransaction() {
    TransactionSynchronizationRegistry registry = transactions();
    if (registry == null) {
      return false;
    }
    int status = registry.getTransactionStatus();
    return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
  }

  /** The office the current transaction serves, if there is a transaction and it serves one. */
  private Optional<Long> transactionOffice() {
    return inTransaction()
        ? Optional.ofNullable((Long) transactions().getResource(TRANSACTION_OFFICE))
        : Optional.empty();
  }
}
