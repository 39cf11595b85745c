package org.meridian.api;

import java.util.List;

/**
 * The 422 of a submit or publish that an office's quality gate blocks: an RFC 9457 problem with the
 * members of {@link ApiError} ({@code code} is {@code quality.gate_blocked}) and every finding as
 * the extension member {@code findings}.
 */
public record QualityGateError(
    String type,
    String title,
    int status,
    String detail,
    String error,
    String message,
    String field,
    String code,
    List<FindingJson> findings) {

  QualityGateError(String message, String code, List<FindingJson> findings) {
    this(
        "about:blank",
        "Unprocessable Content",
        422,
        message,
        "Unprocessable Content",
        message,
        "step",
        code,
        findings);
  }
}
