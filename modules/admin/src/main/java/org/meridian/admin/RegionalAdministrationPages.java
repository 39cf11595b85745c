package org.meridian.admin;

import java.util.Set;

/**
 * The console pages a regional administrator opens in a country office of the region: the office's
 * administration (people, settings and branding, site health, audit trail, API tokens) and the
 * pages that concern only their own account. The office's content is its own people's work: its
 * pages stay closed (the services refuse it too). The table of who may do what is {@code
 * PermissionRule}'s; this is only which page serves which of those actions.
 */
final class RegionalAdministrationPages {

  /** Where a regional administrator lands in an office of the region. */
  static final String HOME = "/admin/people.xhtml";

  private static final Set<String> OPEN =
      Set.of(
          "/admin/people.xhtml",
          "/admin/settings.xhtml",
          "/admin/health.xhtml",
          "/admin/tokens.xhtml",
          "/admin/audit.xhtml",
          "/admin/audit.csv",
          "/admin/inbox.xhtml",
          "/admin/password.xhtml",
          "/admin/language.xhtml",
          "/admin/welcome.xhtml",
          "/admin/login.xhtml",
          "/admin/reset.xhtml",
          "/admin/reset-password.xhtml");

  /** The pages a visitor of the console lands on without asking for one. */
  private static final Set<String> ENTRANCES =
      Set.of("/admin", "/admin/", "/admin/index.xhtml", "/admin/dashboard.xhtml");

  private RegionalAdministrationPages() {}

  /** Whether {@code path} (below the context path) is open to a regional administrator. */
  static boolean isOpen(String path) {
    return OPEN.contains(path) || path.startsWith("/admin/jakarta.faces.resource/");
  }

  /** Whether {@code path} is one of the console's entrances, which lead to {@link #HOME}. */
  static boolean isEntrance(String path) {
    return ENTRANCES.contains(path);
  }
}
