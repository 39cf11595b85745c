package org.meridian.api;

import java.util.List;

/**
 * The 422 of a submit or publish that an office's quality gate blocks: the fields of {@link
 * ApiError} ({@code code} is {@code quality.gate_blocked}) and every finding.
 */
public record QualityGateError(
    int status,
    String error,
    String message,
    String field,
    String code,
    List<FindingJson> findings) {}
