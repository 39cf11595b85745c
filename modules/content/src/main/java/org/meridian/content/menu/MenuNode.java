package org.meridian.content.menu;

import java.util.List;

/**
 * A menu entry as the console shows it for editing: its id and version (for optimistic locking),
 * label, where it leads ({@code targetItemId} with a description of the item, or {@code url}, or
 * neither for a heading), and the entries below it.
 */
public record MenuNode(
    long id,
    long version,
    String label,
    Long targetItemId,
    String targetLabel,
    String url,
    List<MenuNode> children)
    implements java.io.Serializable {

  public MenuNode {
    children = List.copyOf(children);
  }

  public boolean isHeading() {
    return targetItemId == null && url == null;
  }
}
