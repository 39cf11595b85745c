package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.CopyView;
import org.meridian.tenancy.TenantContext;

/**
 * The fields of the editor's item ({@code ?item=N}) that the source of a shared copy locked: the
 * editor shows them read-only, with the reason, instead of refusing them at the save. Faces does
 * not take in a read-only or disabled field, so a save keeps what the source says.
 */
@Named
@ViewScoped
public class LockedFields implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Copies copies;
  @Inject private TenantContext tenant;

  private Set<String> locked = Set.of();
  private String source;

  @PostConstruct
  void init() {
    String item =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    if (item == null || tenant.current().isEmpty()) {
      return;
    }
    try {
      long id = Long.parseLong(item.strip());
      source = copies.copyOf(id).map(CopyView::sourceOffice).orElse(null);
      locked = source == null ? Set.of() : Set.copyOf(copies.lockedFields(id));
    } catch (NumberFormatException notAnId) {
      locked = Set.of();
    }
  }

  /** Whether field {@code name} (title, summary, body, …, or a type field's name) is locked. */
  public boolean of(String name) {
    return locked.contains(name);
  }

  /** Why the locked fields cannot be changed here, in the reader's language. */
  public String getReason() {
    return source == null ? "" : ConsoleText.text("content.edit.locked_by_source_0", source);
  }
}
