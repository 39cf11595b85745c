package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;
import org.meridian.workflow.quality.QualityGate;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.Workflow;

/**
 * The editorial process of an item, step by step: {@code {"step": "SUBMIT", "comment": "…"}}. A
 * token acts as an editor of the office ({@link Workflow#takeAsEditor}): it submits, archives and
 * reopens, and publishes or unpublishes only where the office's review policy lets editors publish;
 * it never approves. A refused step answers 409 saying why (its {@code code} names the rule);
 * nothing changes. A submit or publish that the office's quality gate blocks answers 422 with the
 * findings; one it lets through (it warns) lists them in the answer's {@code findings}.
 */
@Path("offices/{code}/items/{id}/steps")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class ItemStepsResource {

  @Inject private ApiCaller caller;
  @Inject private Workflow workflow;
  @Inject private QualityGate qualityGate;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "takeStep",
      summary = "Takes a step of the editorial process",
      description =
          "step: SUBMIT (for review), PUBLISH and UNPUBLISH (where the office's review policy"
              + " lets editors publish), ARCHIVE, REOPEN. APPROVE and REQUEST_CHANGES are a"
              + " reviewer's: a token acts as an editor of its office and is refused them (409)."
              + " comment: optional text kept with the step.")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ItemStepBody")))
  @APIResponse(
      responseCode = "200",
      description = "Where the item stands now",
      content = @Content(schema = @Schema(ref = "ItemStepJson")))
  @APIResponse(
      responseCode = "409",
      description = "The step is refused: the problem says why",
      ref = ApiApplication.PROBLEM)
  public ItemStepJson step(
      @PathParam("code") String code, @PathParam("id") String id, String body) {
    AuthenticatedToken token = caller.require();
    long itemId = ContentItems.id(id);
    ItemStepBody wanted = ItemStepBody.parse(body);
    var done = workflow.takeAsEditor(itemId, wanted.step(), token.actor(), wanted.comment());
    boolean checked = wanted.step() == Transition.SUBMIT || wanted.step() == Transition.PUBLISH;
    return ItemStepJson.of(done, checked ? qualityGate.findings(itemId) : List.of());
  }
}
