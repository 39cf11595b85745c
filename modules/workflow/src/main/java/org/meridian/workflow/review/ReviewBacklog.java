package org.meridian.workflow.review;

import java.io.Serializable;
import java.time.Instant;

/** An office's items in review: how many, and since when the oldest waits ({@code null}: none). */
public record ReviewBacklog(long waiting, Instant oldestSince) implements Serializable {}
