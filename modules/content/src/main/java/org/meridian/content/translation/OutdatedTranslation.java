package org.meridian.content.translation;

import java.time.Instant;
import org.meridian.tenancy.office.LanguageTag;

/** A translation whose source's text changed since it was made or last checked. */
public record OutdatedTranslation(
    long itemId,
    LanguageTag language,
    String title,
    boolean live,
    long sourceItemId,
    LanguageTag sourceLanguage,
    String sourceTitle,
    int sourceRevision,
    int sourceLatestRevision,
    Instant outdatedSince)
    implements java.io.Serializable {}
