package org.meridian.app.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.app.security.ClientAddress;
import org.meridian.workflow.audit.AuditOrigin;

/**
 * Tells the audit trail where console and API requests come from, with the same trust in {@code
 * X-Forwarded-For} as the sign-in throttle ({@code MERIDIAN_SIGNIN_TRUSTED_PROXIES}).
 */
@WebFilter(urlPatterns = {"/admin/*", "/api/*"})
public class AuditOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private AuditOrigin origin;

  @Inject
  @ConfigProperty(name = "meridian.signin.trusted-proxies", defaultValue = " ")
  private String trustedProxies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    origin.cameFrom(
        ClientAddress.of(
            request.getRemoteAddr(),
            request.getHeader("X-Forwarded-For"),
            ClientAddress.trustedProxies(trustedProxies)));
    chain.doFilter(request, response);
  }
}
