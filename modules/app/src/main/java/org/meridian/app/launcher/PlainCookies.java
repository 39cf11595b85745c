package org.meridian.app.launcher;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;

/**
 * The command line's cookies, sent back as the server set them: {@code name=value}. The JDK takes a
 * {@code Set-Cookie} without {@code Expires} for an RFC 2965 cookie (version 1) and returns it
 * quoted, with {@code $Version}, {@code $Path} and {@code $Domain}; Payara cannot read its session
 * version cookie so ({@code JSESSIONIDVERSION="2f:0"}: "Odd number of hexadecimal digits") and
 * answers an empty 200 to every request of the session. Over HTTP/2 that went unnoticed; over
 * HTTP/1.1 ({@link ArchiveCommand#client}) it breaks the sign-in. Every cookie is kept as version
 * 0.
 */
final class PlainCookies implements CookieStore {

  private final CookieStore store = new CookieManager().getCookieStore();

  private PlainCookies() {}

  /** A cookie manager that accepts the server's own cookies and returns them plain. */
  static CookieManager manager() {
    return new CookieManager(new PlainCookies(), CookiePolicy.ACCEPT_ORIGINAL_SERVER);
  }

  @Override
  public void add(URI uri, HttpCookie cookie) {
    cookie.setVersion(0);
    store.add(uri, cookie);
  }

  @Override
  public List<HttpCookie> get(URI uri) {
    return store.get(uri);
  }

  @Override
  public List<HttpCookie> getCookies() {
    return store.getCookies();
  }

  @Override
  public List<URI> getURIs() {
    return store.getURIs();
  }

  @Override
  public boolean remove(URI uri, HttpCookie cookie) {
    return store.remove(uri, cookie);
  }

  @Override
  public boolean removeAll() {
    return store.removeAll();
  }
}
