package org.meridian.it.suite;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link SuiteServerContainer} as Arquillian's container. */
public final class SuiteServerExtension implements LoadableExtension {
  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(DeployableContainer.class, SuiteServerContainer.class);
  }
}
