package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.meridian.content.ItemChoice;
import org.meridian.content.menu.MenuConflictException;
import org.meridian.content.menu.MenuEditor;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.MenuNode;
import org.meridian.content.menu.MenuRefusedException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The current office's menus ({@code ?menu=MAIN|FOOTER&lang=en}) as nested lists. Its
 * administrators (and HQ administrators) add entries and move, indent, outdent, edit and delete
 * them with plain buttons, or drag them to a place ({@code menu-drag.js}, which posts the same form
 * with the new parent and position); everyone else in the office sees the menus read-only. Every
 * entry's buttons post the entry's id and version; {@link MenuEditor} decides.
 */
@Named
@ViewScoped
public class EditMenus implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MenuEditor editor;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private MenuName menu = MenuName.MAIN;
  private String language;
  private boolean mayEdit;
  private List<MenuNode> tree = List.of();
  private List<ItemChoice> targets = List.of();

  private String label;
  private String target;
  private String url;

  private MenuNode editing;
  private String editLabel;
  private String editTarget;
  private String editUrl;
  private MenuNode deleting;

  @PostConstruct
  void init() {
    if (!isAllowed()) {
      return;
    }
    Map<String, String> params = params();
    menu =
        Stream.of(MenuName.values())
            .filter(m -> m.name().equalsIgnoreCase(params.getOrDefault("menu", "")))
            .findFirst()
            .orElse(MenuName.MAIN);
    language =
        getLanguages().contains(params.get("lang"))
            ? params.get("lang")
            : tenant.require().defaultLanguage().value();
    mayEdit = editor.mayEdit(currentOffice.getEmail());
    refresh();
  }

  /** Whether the person works in an office now (menus belong to one). */
  public boolean isAllowed() {
    return tenant.current().isPresent();
  }

  public void add() {
    if (act(
        "add",
        () -> editor.add(menu, lang(), label, id(target), url, currentOffice.getEmail()),
        ConsoleText.text("menus.added_0", strip(label)))) {
      label = null;
      target = null;
      url = null;
    }
  }

  public void moveUp() {
    posted()
        .ifPresent(
            e ->
                act(
                    null,
                    () -> editor.moveUp(e[0], e[1], who()),
                    ConsoleText.text("menus.moved_up")));
  }

  public void moveDown() {
    posted()
        .ifPresent(
            e ->
                act(
                    null,
                    () -> editor.moveDown(e[0], e[1], who()),
                    ConsoleText.text("menus.moved_down")));
  }

  public void indent() {
    posted()
        .ifPresent(
            e ->
                act(
                    null,
                    () -> editor.indent(e[0], e[1], who()),
                    ConsoleText.text("menus.indented")));
  }

  public void outdent() {
    posted()
        .ifPresent(
            e ->
                act(
                    null,
                    () -> editor.outdent(e[0], e[1], who()),
                    ConsoleText.text("menus.outdented")));
  }

  /**
   * Puts the posted entry where it was dropped: the menu-drag script posts the new parent (blank:
   * the top level) and the position among the new siblings with the entry's id and version.
   */
  public void place() {
    Optional<long[]> entry = posted();
    Optional<long[]> where = droppedAt();
    if (entry.isEmpty() || where.isEmpty()) {
      return;
    }
    long[] e = entry.get();
    Long parent = where.get()[0] < 0 ? null : Long.valueOf(where.get()[0]);
    act(
        null,
        () -> editor.place(e[0], e[1], parent, (int) where.get()[1], who()),
        ConsoleText.text("menus.moved"));
  }

  /** The posted parent ({@code -1}: the top level) and position, if they are numbers. */
  private Optional<long[]> droppedAt() {
    try {
      String parent = params().getOrDefault("parent", "");
      int index = Integer.parseInt(params().get("index"));
      if (index >= 0) {
        return Optional.of(new long[] {parent.isBlank() ? -1 : Long.parseLong(parent), index});
      }
    } catch (NumberFormatException | NullPointerException e) {
      // answered below
    }
    Messages.error("menus.choose_entry");
    return Optional.empty();
  }

  /** Opens the form to change the posted entry. */
  public void askToEdit() {
    deleting = null;
    editing = postedNode().orElse(null);
    if (editing != null) {
      editLabel = editing.label();
      editTarget = editing.targetItemId() == null ? null : editing.targetItemId().toString();
      editUrl = editing.url();
    }
  }

  public void save() {
    if (editing == null) {
      return;
    }
    MenuNode entry = editing;
    if (act(
        "edit",
        () -> editor.change(entry.id(), entry.version(), editLabel, id(editTarget), editUrl, who()),
        ConsoleText.text("menus.saved_0", strip(editLabel)))) {
      editing = null;
    }
  }

  /** Asks to confirm deleting the posted entry (and the entries below it). */
  public void askToDelete() {
    editing = null;
    deleting = postedNode().orElse(null);
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    MenuNode entry = deleting;
    deleting = null;
    act(
        null,
        () -> editor.delete(entry.id(), entry.version(), who()),
        entry.children().isEmpty()
            ? ConsoleText.text("menus.deleted_0", entry.label())
            : ConsoleText.text("menus.deleted_0_1", entry.label(), entry.children().size()));
  }

  public void cancel() {
    editing = null;
    deleting = null;
  }

  /** Runs a change; a refusal goes on its field of {@code form} (or the page). */
  private boolean act(String form, Runnable change, String done) {
    boolean ok = false;
    try {
      change.run();
      Messages.infoText(done);
      ok = true;
    } catch (MenuRefusedException refused) {
      if (form != null && refused.field() != null) {
        Messages.refusalOn(form + ":" + fieldId(refused.field()), refused);
      } else {
        Messages.refusal(refused);
      }
    } catch (MenuConflictException conflict) {
      Messages.refusal(conflict);
      editing = null;
    } catch (jakarta.persistence.OptimisticLockException
        | jakarta.transaction.TransactionalException conflict) {
      Messages.error("menus.conflict");
    }
    refresh();
    return ok;
  }

  private static String fieldId(MenuRefusedException.Field field) {
    return switch (field) {
      case LABEL -> "label";
      case TARGET -> "target";
      case ADDRESS -> "url";
    };
  }

  /** The entry id and version the pressed button's form posted, if they are numbers. */
  private Optional<long[]> posted() {
    try {
      return Optional.of(
          new long[] {
            Long.parseLong(params().get("entry")), Long.parseLong(params().get("version"))
          });
    } catch (NumberFormatException | NullPointerException e) {
      Messages.error("menus.choose_entry");
      return Optional.empty();
    }
  }

  /** The posted entry as this office's menu shows it now. */
  private Optional<MenuNode> postedNode() {
    Optional<MenuNode> found =
        posted()
            .flatMap(
                e ->
                    tree.stream()
                        .flatMap(n -> Stream.concat(Stream.of(n), n.children().stream()))
                        .filter(n -> n.id() == e[0])
                        .findFirst());
    if (found.isEmpty()) {
      Messages.error("menus.no_such_entry");
      refresh();
    }
    return found;
  }

  private void refresh() {
    if (isAllowed()) {
      tree = editor.tree(menu, lang());
      targets = mayEdit ? editor.targets(lang()) : List.of();
    }
  }

  private Long id(String choice) {
    if (choice == null || choice.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(choice.strip());
    } catch (NumberFormatException e) {
      throw new MenuRefusedException(
          MenuRefusedException.Field.TARGET, Refusal.of("menu.choose_an_item", "Choose an item."));
    }
  }

  private LanguageTag lang() {
    return new LanguageTag(language);
  }

  private String who() {
    return currentOffice.getEmail();
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static Map<String, String> params() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  public List<String> getLanguages() {
    return tenant
        .current()
        .map(o -> o.languages().stream().map(LanguageTag::value).toList())
        .orElse(List.of());
  }

  public List<MenuName> getMenus() {
    return List.of(MenuName.values());
  }

  public MenuName getMenu() {
    return menu;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public List<MenuNode> getTree() {
    return tree;
  }

  public List<ItemChoice> getTargets() {
    return targets;
  }

  public MenuNode getEditing() {
    return editing;
  }

  public MenuNode getDeleting() {
    return deleting;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getEditLabel() {
    return editLabel;
  }

  public void setEditLabel(String editLabel) {
    this.editLabel = editLabel;
  }

  public String getEditTarget() {
    return editTarget;
  }

  public void setEditTarget(String editTarget) {
    this.editTarget = editTarget;
  }

  public String getEditUrl() {
    return editUrl;
  }

  public void setEditUrl(String editUrl) {
    this.editUrl = editUrl;
  }
}
