package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.syndication.Copies;
import org.meridian.content.syndication.CopyView;
import org.meridian.tenancy.TenantContext;

/** The notice an item's editor shows when the item is a shared copy (include copy-notice). */
@Named
@RequestScoped
public class CopyNotice {

  @Inject private Copies copies;
  @Inject private TenantContext tenant;

  private final Map<Long, CopyView> seen = new HashMap<>();

  /** The copy that item {@code itemId} is, or null when it is not one. */
  public CopyView of(Long itemId) {
    if (itemId == null || tenant.current().isEmpty()) {
      return null;
    }
    return seen.computeIfAbsent(itemId, id -> copies.copyOf(id).orElse(null));
  }

  public String joined(List<String> names) {
    return names == null || names.isEmpty()
        ? ConsoleText.text("common.none")
        : String.join(", ", names);
  }
}
