package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.review.ReviewPolicies;
import org.meridian.workflow.review.ReviewPolicy;
import org.meridian.workflow.review.Reviews;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.Workflow;

/**
 * The demo network's review policies, chosen once its first content is live: Gambia (a small
 * office) publishes directly; Senegal asks for one review, two for press releases; HQ publishes
 * directly but its press releases need two reviews. One Senegal news item waits for review.
 */
@ApplicationScoped
class DemoWorkflow {

  static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String PRESS_RELEASES = "NEWS/press-release";

  @Inject private TenantContext tenant;
  @Inject private ReviewPolicies policies;
  @Inject private ContentService content;
  @Inject private Workflow workflow;

  void load(OfficeRef hq, OfficeRef senegal) {
    tenant.runAs(
        hq,
        () ->
            policies.change(
                new ReviewPolicy(Reviews.NONE, Map.of(PRESS_RELEASES, Reviews.TWO)), HQ_ADMIN));
    tenant.runAs(
        senegal,
        () -> {
          policies.change(
              new ReviewPolicy(Reviews.ONE, Map.of(PRESS_RELEASES, Reviews.TWO)), HQ_ADMIN);
          long id =
              content
                  .create(
                      ContentType.NEWS,
                      new LanguageTag("fr"),
                      new Slug("saison-des-pluies-preparatifs"),
                      new RevisionInput(
                          "Saison des pluies : les préparatifs des équipes",
                          "Un article qui attend sa relecture.",
                          "<p>Cet article est soumis à la relecture : il apparaît dans la file"
                              + " des relecteurs du bureau, pas encore sur le site.</p>"),
                      SENEGAL_EDITOR)
                  .getId();
          workflow.take(id, Transition.SUBMIT, SENEGAL_EDITOR, "Prêt pour relecture.");
        });
  }
}
