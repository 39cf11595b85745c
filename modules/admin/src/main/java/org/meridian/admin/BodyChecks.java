package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridian.content.quality.Finding;
import org.meridian.workflow.quality.GateMode;
import org.meridian.workflow.quality.QualityGate;

/**
 * The accessibility and quality checks of the item's latest saved text, shown under the body in the
 * editor ({@code admin/content/edit.xhtml?item=N}, next to {@link EditContent}): each finding with
 * the text it concerns and how to fix it, in the reader's language, and whether the office's gate
 * only warns or refuses submit and publish until they are fixed.
 */
@Named
@ViewScoped
public class BodyChecks implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QualityGate gate;

  private Long itemId;
  private List<Shown> findings;
  private boolean blocking;

  /**
   * A finding in the reader's language, with the element it concerns (its tag and position among
   * the body's elements of that tag; tag empty for the whole body), for the "show" button that
   * selects it in the body editor ({@code body-findings.js}).
   */
  public record Shown(String rule, String problem, String excerpt, String fix, String tag, int nth)
      implements Serializable {}

  @PostConstruct
  void init() {
    String item =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    try {
      itemId = item == null ? null : Long.valueOf(item.strip());
    } catch (NumberFormatException notAnId) {
      itemId = null;
    }
  }

  /** What the checks find in the latest saved text (read once per view). */
  public List<Shown> getFindings() {
    if (findings == null) {
      findings = itemId == null ? List.of() : shown(gate.located(itemId));
      blocking = itemId != null && !findings.isEmpty() && gate.mode() == GateMode.BLOCK;
    }
    return findings;
  }

  /** Whether the office refuses submit and publish until the findings are fixed. */
  public boolean isBlocking() {
    getFindings();
    return blocking;
  }

  static List<Shown> shown(List<QualityGate.Located> found) {
    return found.stream()
        .map(
            located -> {
              Finding f = located.finding();
              return new Shown(
                  f.rule(),
                  ConsoleText.refusal(f.problem()),
                  f.excerpt(),
                  ConsoleText.refusal(f.fix()),
                  located.spot().tag(),
                  located.spot().nth());
            })
        .toList();
  }
}
