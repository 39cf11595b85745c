package org.meridian.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meridian.workflow.review.BulkResult;
import org.meridian.workflow.review.BulkSteps;
import org.meridian.workflow.review.Transition;

/**
 * The content list's bulk action: one step on the items ticked, then the list again
 * (post-redirect-get) with what happened to each item.
 */
@Named
@RequestScoped
public class ContentBulk {

  private static final String RESULTS = "bulkResults";

  @Inject private BulkSteps bulk;
  @Inject private CurrentOffice currentOffice;

  private String step = "";

  public String apply() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String[] picked = external.getRequestParameterValuesMap().get("items");
    List<Long> ids = new ArrayList<>();
    for (String id : picked == null ? new String[0] : picked) {
      try {
        ids.add(Long.parseLong(id.strip()));
      } catch (NumberFormatException e) {
        // Not an item of any list: ignored, like an unticked box.
      }
    }
    Transition chosen =
        Arrays.stream(Transition.values())
            .filter(t -> t.name().equals(step))
            .findFirst()
            .orElse(null);
    try {
      List<BulkResult> results = bulk.take(ids, chosen, currentOffice.getEmail());
      long done = results.stream().filter(BulkResult::done).count();
      Messages.info(
          "index.bulk_summary_0_1_2",
          chosen == null ? "" : ConsoleText.text("step." + chosen.name()),
          done,
          results.size());
      external.getFlash().put(RESULTS, results);
      external.getFlash().setKeepMessages(true);
      return "/admin/index.xhtml?faces-redirect=true";
    } catch (IllegalArgumentException refused) {
      Messages.refusalOn("step", refused);
      return null;
    }
  }

  /** What the last bulk action did, item by item (after its redirect). */
  @SuppressWarnings("unchecked")
  public List<BulkResult> getResults() {
    Object results = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(RESULTS);
    return results instanceof List<?> list ? (List<BulkResult>) list : List.of();
  }

  /** What became of one item, in the reader's language: its state now, or why it was refused. */
  public String outcome(BulkResult result) {
    if (result.now() != null) {
      return ConsoleText.text("editorial." + result.now().name());
    }
    return result.refusal() != null ? ConsoleText.refusal(result.refusal()) : result.outcome();
  }

  public List<Transition> getSteps() {
    return BulkSteps.OFFERED.stream().sorted().toList();
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step == null ? "" : step;
  }
}
