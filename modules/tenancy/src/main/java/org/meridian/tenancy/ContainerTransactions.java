package org.meridian.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The container's transaction registry, looked up once for the application. {@link TenantContext}
 * is made for every request; a resource injected there was looked up in the naming service each
 * time.
 */
@ApplicationScoped
public class ContainerTransactions {

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry registry;

  public TransactionSynchronizationRegistry registry() {
    return registry;
  }
}
