package org.meridian.app.security;

import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Registers {@link ConsoleAuthModule} for this application with the container's Jakarta
 * Authentication factory when the application starts, and takes it away when it stops.
 */
@WebListener
public class ConsoleAuthRegistration implements ServletContextListener {

  @Inject private ConsoleSignIn signIn;
  @Inject private org.meridian.tenancy.health.DatabaseAvailability database;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    AuthConfigFactory.getFactory()
        .registerServerAuthModule(
            new ConsoleAuthModule(signIn, database), event.getServletContext());
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    AuthConfigFactory.getFactory().removeServerAuthModule(event.getServletContext());
  }
}
