package org.meridian.content.menu;

/** The menus a site has. */
public enum MenuName {
  MAIN,
  FOOTER
}
