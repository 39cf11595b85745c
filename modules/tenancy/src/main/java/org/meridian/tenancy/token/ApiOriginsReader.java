package org.meridian.tenancy.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meridian.tenancy.persistence.OfficeData;

/** Reads the current office's allowed origins in a transaction of its own. */
@ApplicationScoped
public class ApiOriginsReader {

  @Inject private OfficeData data;

  @Transactional
  public List<WebOrigin> read() {
    return data.entityManager()
        .createQuery("select o from AllowedOrigins o", AllowedOrigins.class)
        .getResultStream()
        .findFirst()
        .map(AllowedOrigins::origins)
        .orElse(List.of());
  }
}
