package org.meridian.content.mirror;

import java.io.OutputStream;
import java.util.Optional;

/**
 * The static mirror of an office's public site (docs/mirror.md): every page, list page, feed,
 * sitemap, media file and theme file written as plain files in a folder on the server, with links
 * for a given base address, refreshed incrementally. Implemented where the site is rendered ({@code
 * site.mirror.StaticMirrors}); the console and the command line reach it through this interface,
 * since the console's module does not depend on the site's.
 */
public interface StaticMirror {

  /**
   * Writes or refreshes {@code office}'s mirror for {@code baseUrl} (an http or https address, the
   * one the files will be served at): only files whose bytes changed are rewritten, files the site
   * no longer has are removed.
   *
   * @throws MirrorDeniedException unless {@code actor} is an HQ administrator or an administrator
   *     of the office
   * @throws org.meridian.tenancy.RefusedArgumentException for an unknown or archived office or a
   *     base address that is not one
   */
  MirrorReport write(String office, String baseUrl, String actor);

  /** The last report of {@code office}'s mirror, if it has one (read from its folder). */
  Optional<MirrorReport> last(String office, String actor);

  /** Writes {@code office}'s mirror folder as a zip to {@code out}. */
  void zip(String office, OutputStream out, String actor);
}
