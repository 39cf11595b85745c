package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.workflow.quality.GateMode;
import org.meridian.workflow.quality.QualityGate;

/**
 * The current office's accessibility and quality gate on the settings page ({@code
 * admin/settings.xhtml}, form {@code quality}): warn (the default) or block at submit and publish.
 * Those who change the office's settings change it.
 */
@Named
@ViewScoped
public class QualityGateSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QualityGate gate;
  @Inject private CurrentOffice currentOffice;

  private boolean allowed;
  private String mode;

  @PostConstruct
  void init() {
    String other =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("office");
    allowed =
        currentOffice.getCurrent() != null
            && (other == null || other.equals(currentOffice.getCode()))
            && gate.mayChange(currentOffice.getEmail());
    mode = allowed ? gate.mode().name() : GateMode.WARN.name();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public void save() {
    GateMode wanted;
    try {
      wanted = GateMode.valueOf(mode == null ? "" : mode);
    } catch (IllegalArgumentException notAMode) {
      Messages.errorOn("quality:mode", "settings.quality.choose");
      return;
    }
    try {
      mode = gate.change(wanted, currentOffice.getEmail()).name();
      Messages.info(
          wanted == GateMode.BLOCK
              ? "settings.quality.saved_block"
              : "settings.quality.saved_warn");
    } catch (RefusedStateException refused) {
      Messages.error("settings.quality.could_not", ConsoleText.refusal(refused));
    }
  }
}
