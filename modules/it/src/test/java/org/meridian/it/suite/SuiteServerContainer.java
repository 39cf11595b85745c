package org.meridian.it.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.meridian.it.MeridianServer;

/**
 * Arquillian's container for Meridian's in-container tests: the suite server itself. The first
 * deployment of a pass becomes the WAR the suite server runs (Meridian's ROOT.war with the
 * in-container test classes and Arquillian's servlet protocol, as Arquillian packed it), so the
 * in-container tests and the HTTP tests share one server boot and one database. Later deployments
 * must be the same archive (every in-container class deploys {@code InContainer.deployment()}).
 * Undeploying leaves the server running for the rest of the pass.
 */
public final class SuiteServerContainer
    implements DeployableContainer<SuiteServerContainer.Configuration> {

  /** The servlet of Arquillian's Jakarta servlet protocol, as its web fragment maps it. */
  private static final String RUNNER = "ArquillianServletRunnerEE9";

  private Set<String> deployedContent;
  private DeploymentException failed;

  /** Nothing to configure: the suite server takes its settings from the pass. */
  public static final class Configuration
      implements org.jboss.arquillian.container.spi.client.container.ContainerConfiguration {
    @Override
    public void validate() {}
  }

  @Override
  public Class<Configuration> getConfigurationClass() {
    return Configuration.class;
  }

  @Override
  public ProtocolDescription getDefaultProtocol() {
    return new ProtocolDescription("Servlet 5.0");
  }

  @Override
  public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    if (!"ROOT.war".equals(archive.getName())) {
      throw new DeploymentException(
          "In-container tests deploy InContainer.deployment() (ROOT.war), not "
              + archive.getName());
    }
    Set<String> content = new TreeSet<>();
    archive.getContent().keySet().forEach(path -> content.add(path.get()));
    if (failed != null) {
      throw failed;
    }
    if (deployedContent == null) {
      try {
        Path war = MeridianServer.workdir("suite").resolve("deployment").resolve("ROOT.war");
        Files.createDirectories(war.getParent());
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        MeridianServer.suiteWithWar(war);
        deployedContent = content;
      } catch (RuntimeException | java.io.IOException e) {
        failed = new DeploymentException("The suite server did not start with the deployment", e);
        throw failed;
      }
    } else if (!deployedContent.equals(content)) {
      throw new DeploymentException(
          "Every in-container class must deploy InContainer.deployment(): the suite server runs"
              + " one deployment for the whole pass");
    }
    int port = MeridianServer.server().port();
    return new ProtocolMetaData()
        .addContext(new HTTPContext("localhost", port).add(new Servlet(RUNNER, "")));
  }

  @Override
  public void undeploy(Archive<?> archive) {
    // The suite server keeps running for the HTTP tests; the pass stops it at the end.
  }
}
