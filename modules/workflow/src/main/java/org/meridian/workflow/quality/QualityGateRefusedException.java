package org.meridian.workflow.quality;

import java.util.List;
import org.meridian.content.quality.Finding;
import org.meridian.tenancy.Refusal;
import org.meridian.workflow.review.TransitionRefusedException;

/**
 * A submit or publish refused by an office whose gate blocks, with every finding: the console shows
 * each at its place in the editor, the API answers 422 listing them. Nothing changed.
 */
public class QualityGateRefusedException extends TransitionRefusedException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  public QualityGateRefusedException(List<Finding> findings) {
    super(
        Refusal.of(
            "quality.gate_blocked",
            "This office asks for the text to pass its accessibility and quality checks first:"
                + " {0} to fix",
            findings.size()));
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }
}
