package org.meridian.it;

import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;

/**
 * The tests' cookies, sent back as a browser sends them: {@code name=value}. The JDK takes a {@code
 * Set-Cookie} without {@code Expires} for an RFC 2965 cookie and returns it quoted with {@code
 * $Version}, which Payara cannot read over HTTP/1.1 (an empty 200 for every page of the session):
 * the tests reach the server over HTTP/2, where it went unnoticed, but the front speaks HTTP/1.1.
 * (The command line's {@code PlainCookies} does the same in the application.)
 */
final class PlainCookieStore implements CookieStore {

  private final CookieStore store = new CookieManager().getCookieStore();

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
