package org.meridian.content.menu;

import java.util.List;

/**
 * A menu entry as a site shows it: its label, where it leads ({@code null} for a heading), and the
 * entries below it.
 */
public record MenuEntry(String label, String href, List<MenuEntry> children) {

  public MenuEntry {
    children = List.copyOf(children);
  }
}
