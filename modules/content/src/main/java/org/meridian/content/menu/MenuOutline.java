package org.meridian.content.menu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.meridian.tenancy.Refusal;

/**
 * The shape of one menu (one office, menu and language) and the moves an editor makes on it, as
 * plain data: entries in order, each top-level or under a top-level entry ({@value #DEPTH} levels,
 * as the sites render them). Every move answers the new place of every entry; moves that would
 * break the shape are refused with a {@link MenuRefusedException} that says why.
 */
final class MenuOutline {

  /** How deep menus go: entries and their children. */
  static final int DEPTH = 2;

  /** An entry: its id and its parent's ({@code null} at the top). */
  record Node(long id, Long parent) {}

  /**
   * Where an entry goes: under {@code parent} ({@code null}: top level) at position {@code order}.
   */
  record Placement(long id, Long parent, int order) {}

  /** Entries per parent (the top level under {@code null}), in order. */
  private final Map<Long, List<Long>> levels = new LinkedHashMap<>();

  private final Map<Long, Long> parents = new LinkedHashMap<>();

  /** {@code nodes} in menu order: siblings keep the order they come in. */
  MenuOutline(List<Node> nodes) {
    levels.put(null, new ArrayList<>());
    for (Node node : nodes) {
      parents.put(node.id(), node.parent());
    }
    for (Node node : nodes) {
      if (node.parent() != null && parents.get(node.parent()) != null) {
        throw new IllegalArgumentException("Entry " + node.id() + " is nested too deep");
      }
      levels.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node.id());
    }
  }

  List<Placement> moveUp(long id) {
    List<Long> siblings = siblings(id);
    int at = siblings.indexOf(id);
    if (at == 0) {
      throw new MenuRefusedException(
          Refusal.of("menu.already_first", "The entry is already the first of its level."));
    }
    siblings.remove(at);
    siblings.add(at - 1, id);
    return placements();
  }

  List<Placement> moveDown(long id) {
    List<Long> siblings = siblings(id);
    int at = siblings.indexOf(id);
    if (at == siblings.size() - 1) {
      throw new MenuRefusedException(
          Refusal.of("menu.already_last", "The entry is already the last of its level."));
    }
    siblings.remove(at);
    siblings.add(at + 1, id);
    return placements();
  }

  /** Makes the entry the last child of the entry before it. */
  List<Placement> indent(long id) {
    List<Long> siblings = siblings(id);
    if (parents.get(id) != null) {
      throw new MenuRefusedException(
          Refusal.of(
              "menu.levels_0_already_below",
              "Menus have {0} levels: this entry is already below another one.",
              DEPTH));
    }
    if (!levels.getOrDefault(id, List.of()).isEmpty()) {
      throw new MenuRefusedException(
          Refusal.of(
              "menu.levels_0_move_children_first",
              "Menus have {0} levels: move the entries below this one out first, or they would be a"
                  + " third level.",
              DEPTH));
    }
    int at = siblings.indexOf(id);
    if (at == 0) {
      throw new MenuRefusedException(
          Refusal.of(
              "menu.first_cannot_go_under",
              "The first entry of a level has no entry before it to go under."));
    }
    long newParent = siblings.get(at - 1);
    siblings.remove(at);
    levels.computeIfAbsent(newParent, p -> new ArrayList<>()).add(id);
    levels.remove(id);
    parents.put(id, newParent);
    return placements();
  }

  /** Takes the entry out from under its parent: it follows its former parent at the top level. */
  List<Placement> outdent(long id) {
    List<Long> siblings = siblings(id);
    Long parent = parents.get(id);
    if (parent == null) {
      throw new MenuRefusedException(
          Refusal.of("menu.already_top", "The entry is already at the top level."));
    }
    siblings.remove(id);
    List<Long> top = levels.get(null);
    top.add(top.indexOf(parent) + 1, id);
    parents.put(id, null);
    return placements();
  }

  /**
   * Puts the entry under {@code parent} ({@code null}: the top level) at position {@code index}
   * among its new siblings (counted without it; past the end means last): what dragging an entry to
   * a place does in one step. The same shape rules as the buttons: an entry goes only under a
   * top-level entry other than itself, and one with entries below it stays at the top.
   */
  List<Placement> place(long id, Long parent, int index) {
    List<Long> siblings = siblings(id);
    if (parent != null) {
      if (parent == id || !parents.containsKey(parent)) {
        throw new MenuRefusedException(
            Refusal.of("menu.no_entry_0_in_menu", "No menu entry {0} in this menu.", parent));
      }
      if (parents.get(parent) != null) {
        throw new MenuRefusedException(
            Refusal.of(
                "menu.levels_0_not_below_child",
                "Menus have {0} levels: an entry cannot go below one that is itself below"
                    + " another.",
                DEPTH));
      }
      if (!levels.getOrDefault(id, List.of()).isEmpty()) {
        throw new MenuRefusedException(
            Refusal.of(
                "menu.levels_0_move_children_first",
                "Menus have {0} levels: move the entries below this one out first, or they would"
                    + " be a third level.",
                DEPTH));
      }
    }
    siblings.remove(id);
    List<Long> target = levels.computeIfAbsent(parent, p -> new ArrayList<>());
    target.add(Math.max(0, Math.min(index, target.size())), id);
    parents.put(id, parent);
    return placements();
  }

  /** Takes the entry out with the entries below it; answers the ids to delete (children first). */
  List<Long> remove(long id) {
    siblings(id).remove(id);
    List<Long> gone = new ArrayList<>(levels.getOrDefault(id, List.of()));
    gone.add(id);
    levels.remove(id);
    gone.forEach(parents::remove);
    return gone;
  }

  /** Every entry's place, numbered 0, 1, 2… within its level. */
  List<Placement> placements() {
    List<Placement> all = new ArrayList<>();
    levels.forEach(
        (parent, ids) -> {
          for (int i = 0; i < ids.size(); i++) {
            all.add(new Placement(ids.get(i), parent, i));
          }
        });
    return all;
  }

  private List<Long> siblings(long id) {
    if (!parents.containsKey(id)) {
      throw new MenuRefusedException(
          Refusal.of("menu.no_entry_0_in_menu", "No menu entry {0} in this menu.", id));
    }
    return Objects.requireNonNull(levels.get(parents.get(id)));
  }
}
