package org.meridian.content.syndication;

import java.util.Set;
import org.meridian.content.ContentType;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What a receiving office learns of a sharing: the source's snapshot and the terms. Read for the
 * one office a sharing names as a receiver, never more (see {@code internal.TargetRows}).
 */
public record SharingSnapshot(
    long syndicationId,
    long targetId,
    long sourceOfficeId,
    String sourceOfficeCode,
    long sourceItemId,
    ContentType type,
    LanguageTag language,
    String slug,
    String sourcePath,
    boolean sourceLive,
    int sourceRevision,
    SharedFields inherited,
    boolean mandatory,
    Set<String> locked,
    int generation,
    boolean withdrawn,
    String changedBy,
    String sharedBy) {}
