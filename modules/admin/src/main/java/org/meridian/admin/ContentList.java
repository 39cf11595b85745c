package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentSummary;
import org.meridian.tenancy.TenantContext;

/** The dashboard's list of the current office's content. */
@Named
@ViewScoped
public class ContentList implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject private transient ContentQueries content;
  @Inject private transient TenantContext tenant;

  private List<ContentSummary> items = List.of();

  @PostConstruct
  void init() {
    if (tenant.current().isPresent()) {
      items = content.listForEditors(SHOWN);
    }
  }

  public List<ContentSummary> getItems() {
    return items;
  }
}
