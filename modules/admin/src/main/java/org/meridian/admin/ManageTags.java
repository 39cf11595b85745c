package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridian.content.taxonomy.TagUse;
import org.meridian.content.taxonomy.Tags;
import org.meridian.tenancy.TenantContext;

/**
 * The current office's tags, for its editors: list with how many items carry each, add, rename, and
 * delete after a confirmation that says how many items lose the tag.
 */
@Named
@ViewScoped
public class ManageTags implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Tags tags;
  @Inject private CurrentOffice currentOffice;
  @Inject private TenantContext tenant;

  private List<TagUse> list = List.of();
  private String name;
  private String slug;
  private TagUse renaming;
  private String newName;
  private String newSlug;
  private TagUse deleting;

  @PostConstruct
  void init() {
    refresh();
  }

  /** Whether the person works in an office now (tags belong to one). */
  public boolean isAllowed() {
    return tenant.current().isPresent();
  }

  public void add() {
    act(
        () -> {
          TagUse added = tags.create(name, slug, currentOffice.getEmail());
          Messages.info("tags.added_0", added.name());
          name = null;
          slug = null;
        });
  }

  public void askToRename(TagUse tag) {
    renaming = tag;
    newName = tag.name();
    newSlug = null;
    deleting = null;
  }

  public void rename() {
    if (renaming == null) {
      return;
    }
    act(
        () -> {
          TagUse renamed =
              tags.rename(
                  renaming.id(), renaming.version(), newName, newSlug, currentOffice.getEmail());
          Messages.info("tags.renamed_0", renamed.name());
          renaming = null;
        });
  }

  public void askToDelete(TagUse tag) {
    deleting = tag;
    renaming = null;
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    act(
        () -> {
          long items = tags.delete(deleting.id(), currentOffice.getEmail());
          Messages.info(items == 0 ? "tags.deleted_0" : "tags.deleted_0_1", deleting.name(), items);
          deleting = null;
        });
  }

  public void cancel() {
    renaming = null;
    deleting = null;
  }

  private void act(Runnable change) {
    try {
      change.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      Messages.refusal(e);
    }
    refresh();
  }

  private void refresh() {
    if (isAllowed()) {
      list = tags.list();
    }
  }

  public List<TagUse> getTags() {
    return list;
  }

  public TagUse getRenaming() {
    return renaming;
  }

  public TagUse getDeleting() {
    return deleting;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewSlug() {
    return newSlug;
  }

  public void setNewSlug(String newSlug) {
    this.newSlug = newSlug;
  }
}
