package org.meridian.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;

/**
 * Puts the log filters for the web container's own lines on while the application runs ({@link
 * MalformedSessionVersionLines}).
 */
@WebListener
public class ContainerLogLines implements ServletContextListener {

  @Inject private Clock clock;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    MalformedSessionVersionLines.install(clock);
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    MalformedSessionVersionLines.uninstall();
  }
}
