package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.EditorQueries;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.AuthenticatedToken;
import org.meridian.workflow.schedule.ScheduleSummary;
import org.meridian.workflow.schedule.Scheduling;

/**
 * Scheduled publish and unpublish of an item, through the console's {@link Scheduling}: a token may
 * schedule what it may do at once (as an editor: where the office's policy lets editors publish),
 * and cancel a pending schedule. Refusals say why with a stable code (409; 422 for a time that has
 * passed or does not exist in the office's time zone; 403 for a token that may not schedule).
 */
@Path("offices/{code}/items/{id}/schedules")
@Tag(name = "management")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiApplication.TOKEN)
public class ItemSchedulesResource {

  @Inject private ApiCaller caller;
  @Inject private Scheduling scheduling;
  @Inject private EditorQueries queries;

  @GET
  @RequiresToken(ApiScope.READ)
  @Operation(
      operationId = "listSchedules",
      summary = "The item's schedules: pending ones first, soonest first, then ended ones")
  @APIResponse(
      responseCode = "200",
      description = "The schedules",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ScheduleSummary")))
  public List<ScheduleSummary> list(@PathParam("code") String code, @PathParam("id") String id) {
    return scheduling.forItem(existing(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresToken(ApiScope.WRITE)
  @Operation(
      operationId = "scheduleItem",
      summary = "Schedules a publish or an unpublish of the item",
      description =
          "at: a date and time in the office's time zone (its settings), e.g. 2026-12-24T09:00. A"
              + " scheduled publish makes the latest revision, as it is now, live at that time.")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "ScheduleBody")))
  @APIResponse(
      responseCode = "201",
      description = "The schedule; Location is its address",
      content = @Content(schema = @Schema(ref = "ScheduleSummary")))
  @APIResponse(
      responseCode = "409",
      description = "The item cannot take that action now: the problem says why",
      ref = ApiApplication.PROBLEM)
  public Response schedule(
      @PathParam("code") String code,
      @PathParam("id") String id,
      String body,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    AuthenticatedToken token = caller.require();
    long itemId = existing(id);
    ScheduleBody wanted = ScheduleBody.parse(body);
    ScheduleSummary done =
        scheduling.scheduleAs(token.roles(), itemId, wanted.action(), wanted.at(), token.actor());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(done.id())).build())
        .entity(done)
        .build();
  }

  @DELETE
  @Path("{scheduleId}")
  @RequiresToken(ApiScope.WRITE)
  @Operation(operationId = "cancelSchedule", summary = "Cancels a pending schedule of the item")
  @APIResponse(
      responseCode = "200",
      description = "The schedule, cancelled",
      content = @Content(schema = @Schema(ref = "ScheduleSummary")))
  @APIResponse(
      responseCode = "409",
      description = "The schedule has already run or was cancelled",
      ref = ApiApplication.PROBLEM)
  public ScheduleSummary cancel(
      @PathParam("code") String code,
      @PathParam("id") String id,
      @PathParam("scheduleId") String scheduleId) {
    AuthenticatedToken token = caller.require();
    long itemId = existing(id);
    long wanted = ContentItems.id(scheduleId);
    scheduling.forItem(itemId).stream()
        .filter(s -> s.id() == wanted)
        .findFirst()
        .orElseThrow(() -> ContentNotFoundException.item("schedule " + scheduleId + " of " + id));
    return scheduling.cancelAs(token.roles(), wanted, token.actor());
  }

  /** The id of an item of the office that is not in the trash; 404 otherwise. */
  private long existing(String id) {
    long itemId = ContentItems.id(id);
    queries.findForEditors(itemId).orElseThrow(() -> ContentNotFoundException.item(id));
    return itemId;
  }
}
