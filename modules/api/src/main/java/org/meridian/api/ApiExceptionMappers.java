package org.meridian.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.content.ContentConflictException;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.RevisionConflictException;
import org.meridian.content.SlugTakenException;

/**
 * Turns every failure into an RFC 9457 problem ({@link ApiError}); stack traces stay in the server
 * log. A domain refusal that says why by a {@link org.meridian.tenancy.Refusal} keeps its English
 * {@code message} and adds its stable {@code code}.
 */
public final class ApiExceptionMappers {

  private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

  private ApiExceptionMappers() {}

  /** Errors raised on purpose by resources and by JAX-RS itself (404 of unknown paths, 405…). */
  @Provider
  public static class WebErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
      if (status == null) {
        status = Response.Status.BAD_REQUEST;
      }
      String message =
          e.getMessage() == null || e.getMessage().startsWith("HTTP ")
              ? status.getReasonPhrase()
              : e.getMessage();
      Response answer = ApiError.response(status, message);
      // Keep what the refusal said in its headers (Allow of a 405, Retry-After of a 429…).
      var kept = Response.fromResponse(answer);
      e.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")
                    && !name.equalsIgnoreCase("Content-Length")) {
                  values.forEach(v -> kept.header(name, v));
                }
              });
      return kept.build();
    }
  }

  /** Bad input that a domain object refused. */
  @Provider
  public static class BadInput implements ExceptionMapper<IllegalArgumentException> {
    @Override
    public Response toResponse(IllegalArgumentException e) {
      return ApiError.of(400, "Bad Request", e, null).build();
    }
  }

  /**
   * Fields the content refused (a type field, a hero image without its description): 422 listing
   * every one, as {@code fields.<name>} for the type's own fields.
   */
  @Provider
  public static class InvalidFields
      implements ExceptionMapper<org.meridian.content.fields.InvalidFieldsException> {
    @Override
    public Response toResponse(org.meridian.content.fields.InvalidFieldsException e) {
      return invalid(BodyProblems.of(e, "fields."));
    }
  }

  @Provider
  public static class MissingContent implements ExceptionMapper<ContentNotFoundException> {
    @Override
    public Response toResponse(ContentNotFoundException e) {
      return ApiError.of(404, "Not Found", e, null).build();
    }
  }

  /** A request body that is not JSON, or not a JSON object. */
  @Provider
  public static class MalformedBody implements ExceptionMapper<MalformedBodyException> {
    @Override
    public Response toResponse(MalformedBodyException e) {
      return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
    }
  }

  /** Fields of a request body that cannot be accepted: 422 listing every one. */
  @Provider
  public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
    @Override
    public Response toResponse(InvalidFieldException e) {
      return invalid(e.problems());
    }
  }

  static Response invalid(java.util.List<FieldProblem> problems) {
    return Response.status(422, "Unprocessable Content")
        .type(ApiError.PROBLEM_JSON_TYPE)
        .entity(ApiError.invalid(problems))
        .build();
  }

  /** Another item of the office already has this address. */
  @Provider
  public static class SlugTaken implements ExceptionMapper<SlugTakenException> {
    @Override
    public Response toResponse(SlugTakenException e) {
      return ApiError.of(409, "Conflict", e, "slug").build();
    }
  }

  /**
   * Someone else changed the item: 409. A save on top of an old revision says what changed and
   * gives the client's fields back ({@link ConflictJson}).
   */
  @Provider
  public static class Conflict implements ExceptionMapper<ContentConflictException> {
    @Override
    public Response toResponse(ContentConflictException e) {
      if (e instanceof RevisionConflictException revision) {
        return Response.status(409, "Conflict")
            .type(ApiError.PROBLEM_JSON_TYPE)
            .entity(ConflictJson.of(revision))
            .build();
      }
      return ApiError.of(409, "Conflict", e, null).build();
    }
  }

  /** A step of the editorial process the rules refuse: 409, saying why. */
  @Provider
  public static class RefusedStep
      implements ExceptionMapper<org.meridian.workflow.review.TransitionRefusedException> {
    @Override
    public Response toResponse(org.meridian.workflow.review.TransitionRefusedException e) {
      return ApiError.of(409, "Conflict", e, "step").build();
    }
  }

  /**
   * A submit or publish that the office's quality gate blocks: 422 with the code {@code
   * quality.gate_blocked} and every finding ({@link QualityGateError}). More specific than {@link
   * RefusedStep}, so JAX-RS picks it for this refusal.
   */
  @Provider
  public static class QualityGateBlocked
      implements ExceptionMapper<org.meridian.workflow.quality.QualityGateRefusedException> {
    @Override
    public Response toResponse(org.meridian.workflow.quality.QualityGateRefusedException e) {
      return Response.status(422, "Unprocessable Content")
          .type(ApiError.PROBLEM_JSON_TYPE)
          .entity(
              new QualityGateError(
                  e.getMessage(), e.refusal().code(), FindingJson.of(e.findings())))
          .build();
    }
  }

  /**
   * A file or its description the media library refused: 413 for a file over the library's size
   * limits, 404 for a file not in the library, else 422 on the part at fault.
   */
  @Provider
  public static class MediaRefused
      implements ExceptionMapper<org.meridian.content.media.MediaRefusedException> {
    @Override
    public Response toResponse(org.meridian.content.media.MediaRefusedException e) {
      if (e instanceof org.meridian.content.media.MediaNotFoundException) {
        return ApiError.of(404, "Not Found", e, null).build();
      }
      String code = e.refusal() == null ? FieldProblem.INVALID : e.refusal().code();
      if (code.contains("too_large")) {
        return ApiError.of(413, "Content Too Large", e, e.field()).build();
      }
      return invalid(
          java.util.List.of(
              new FieldProblem(e.field() == null ? "file" : e.field(), code, e.getMessage())));
    }
  }

  /**
   * A schedule refused: 403 when the caller may not schedule in the office, 422 on {@code at} for a
   * time that passed or does not exist there, else 409 (the item cannot take that action now).
   */
  @Provider
  public static class ScheduleRefused
      implements ExceptionMapper<org.meridian.workflow.schedule.ScheduleRefusedException> {
    @Override
    public Response toResponse(org.meridian.workflow.schedule.ScheduleRefusedException e) {
      String code = e.refusal().code();
      if (code.startsWith("schedule.outsider")) {
        return ApiError.of(403, "Forbidden", e, null).build();
      }
      if (code.startsWith("schedule.time_") || code.equals("schedule.give_date_and_time")) {
        return invalid(java.util.List.of(new FieldProblem("at", code, e.getMessage())));
      }
      return ApiError.of(409, "Conflict", e, null).build();
    }
  }

  /** A link between translations that the rules of translation sets refuse: 409, saying why. */
  @Provider
  public static class TranslationRefused
      implements ExceptionMapper<org.meridian.content.translation.TranslationRefusedException> {
    @Override
    public Response toResponse(org.meridian.content.translation.TranslationRefusedException e) {
      return ApiError.of(409, "Conflict", e, null).build();
    }
  }

  /** The trash's rule refused the caller (only administrators restore): 403, saying why. */
  @Provider
  public static class TrashRefused
      implements ExceptionMapper<org.meridian.content.TrashRefusedException> {
    @Override
    public Response toResponse(org.meridian.content.TrashRefusedException e) {
      return ApiError.of(403, "Forbidden", e, null).build();
    }
  }

  /** Anything unexpected: logged in full, answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      if (e instanceof WebApplicationException web) {
        return new WebErrors().toResponse(web);
      }
      if (e instanceof org.meridian.tenancy.Refused refused && refused.refusal() != null) {
        // A refusal of the domain without a mapper of its own (an IllegalStateException: the item
        // or the office is not in a state for it) is the client's to fix, not a server error.
        return ApiError.of(409, "Conflict", e, null).build();
      }
      LOG.log(Level.SEVERE, "API request failed", e);
      return ApiError.response(
          Response.Status.INTERNAL_SERVER_ERROR, "The request could not be completed");
    }
  }
}
