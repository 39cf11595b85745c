package org.meridian.workflow.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request comes from, for the audit trail's "from where". Set once per console or
 * API request by a servlet filter of the WAR (which knows the trusted proxies); empty for system
 * work and whenever no filter set it.
 */
@RequestScoped
public class AuditOrigin {

  private String clientAddress;

  public void cameFrom(String clientAddress) {
    this.clientAddress = clientAddress;
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }
}
