package org.meridian.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

/**
 * One transaction, one office: {@code callAs} refuses to run inside a transaction that already
 * works for an office, and the data layer ({@code requireForData}) refuses to bind a transaction to
 * a second office.
 */
class TenantContextTransactionTest {

  private final FakeTransactions transactions = new FakeTransactions();
  private final TenantContext context = new TenantContext(transactions);
  private final OfficeRef gambia = office(1, "gambia");
  private final OfficeRef senegal = office(2, "senegal");

  @Test
  void callAsRefusesATransactionThatAlreadyWorksForAnOffice() {
    transactions.begin();
    context.enter(gambia);
    context.requireForData();
    AtomicBoolean ran = new AtomicBoolean();

    assertThatIllegalStateException()
        .isThrownBy(() -> context.runAs(senegal, () -> ran.set(true)))
        .withMessageContaining("senegal")
        .withMessageContaining("transaction of its own");

    assertThat(ran).isFalse();
    assertThat(context.require()).isEqualTo(gambia);
  }

  @Test
  void callAsRefusesEvenTheSameOfficeInsideAnOfficesTransaction() {
    transactions.begin();
    context.enter(gambia);
    context.requireForData();

    assertThatIllegalStateException().isThrownBy(() -> context.callAs(gambia, () -> 1));
  }

  @Test
  void callAsRunsInATransactionOfItsOwnOrOutsideAny() {
    assertThat(context.callAs(senegal, context::requireForData)).isEqualTo(senegal);

    transactions.begin();
    assertThat(context.callAs(senegal, context::requireForData)).isEqualTo(senegal);
    assertThat(transactions.getResource(TenantContext.TRANSACTION_OFFICE)).isEqualTo(2L);
  }

  @Test
  void aTransactionThatHasReadNoOfficeYetServesTheOfficeCallAsEnters() {
    transactions.begin();
    context.enter(gambia);

    context.runAs(senegal, context::requireForData);

    assertThatIllegalStateException()
        .as("back as gambia, the transaction still serves senegal")
        .isThrownBy(context::requireForData)
        .withMessageContaining("gambia");
    assertThatIllegalStateException().isThrownBy(() -> context.callAs(gambia, () -> 1));
  }

  @Test
  void aNewTransactionStartsWithoutAnOffice() {
    transactions.begin();
    context.enter(gambia);
    context.requireForData();
    transactions.begin();

    assertThat(context.callAs(senegal, context::requireForData)).isEqualTo(senegal);
  }

  @Test
  void withoutAContainerThereAreNoTransactionsToGuard() {
    TenantContext plain = new TenantContext();
    plain.enter(gambia);
    plain.requireForData();

    assertThat(plain.callAs(senegal, plain::requireForData)).isEqualTo(senegal);
  }

  private static OfficeRef office(long id, String code) {
    return new OfficeRef(
        id,
        new OfficeCode(code),
        OfficeType.COUNTRY,
        OfficeStatus.ACTIVE,
        new LanguageTag("en"),
        List.of(new LanguageTag("en")),
        ZoneId.of("UTC"),
        Map.of("en", code),
        null,
        org.meridian.tenancy.office.AccentColour.DEFAULT,
        new org.meridian.tenancy.office.OfficeContact(null, null, null),
        Map.of(),
        false,
        null);
  }

  /** One thread's transactions: {@link #begin} starts a new one with no resources. */
  private static final class FakeTransactions implements TransactionSynchronizationRegistry {
    private Map<Object, Object> resources;
    private int number;

    void begin() {
      resources = new HashMap<>();
      number++;
    }

    @Override
    public Object getTransactionKey() {
      return resources == null ? null : number;
    }

    @Override
    public void putResource(Object key, Object value) {
      if (resources == null) {
        throw new IllegalStateException("no transaction");
      }
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      if (resources == null) {
        throw new IllegalStateException("no transaction");
      }
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {}

    @Override
    public int getTransactionStatus() {
      return resources == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {}

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
