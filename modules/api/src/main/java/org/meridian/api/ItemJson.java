package org.meridian.api;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.meridian.content.ContentSummary;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.TypeFields;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.translation.TranslationState;

/**
 * An item of an office as its API token holders see it, drafts included. {@code url} is its public
 * address, present only while the item is live; {@code fields} are its type's own fields in the
 * latest revision, given when one item is asked for (left out of lists), like {@code summary} and
 * {@code body} (the latest revision's, sanitised HTML). {@code translation} is where it stands in
 * its translation set: {@code source}, {@code current} (an up-to-date translation), {@code
 * outdated}, or {@code null} for an item without translations. {@code themes} are theme codes,
 * {@code tags} tag names. {@code heroImage}, {@code seoDescription} and {@code socialImage} are the
 * latest revision's, given with {@code summary} and {@code body}.
 */
public record ItemJson(
    long id,
    String type,
    String language,
    String slug,
    String title,
    String summary,
    String body,
    int revision,
    boolean live,
    boolean unpublishedChanges,
    String lastAuthor,
    Instant modifiedAt,
    String url,
    String owner,
    LocalDate reviewBy,
    JsonObject fields,
    String translation,
    List<String> themes,
    List<String> tags,
    HeroImageJson heroImage,
    String seoDescription,
    Long socialImage) {

  /** The hero image of the latest revision: a media id, its alternative text, decorative or not. */
  public record HeroImageJson(long id, String alt, boolean decorative) {}

  static ItemJson of(String officeCode, ContentSummary item) {
    return of(officeCode, item, null, null, ItemTerms.NONE);
  }

  static ItemJson of(
      String officeCode,
      ContentSummary item,
      TypeFields fields,
      TranslationState state,
      ItemTerms terms) {
    return of(officeCode, item, null, fields, state, terms);
  }

  /** With the latest revision's {@code summary} and {@code body} when {@code text} is given. */
  static ItemJson of(
      String officeCode,
      ContentSummary item,
      RevisionInput text,
      TypeFields fields,
      TranslationState state,
      ItemTerms terms) {
    return new ItemJson(
        item.itemId(),
        item.type().name(),
        item.language(),
        item.slug(),
        item.title(),
        text == null ? null : text.summary(),
        text == null ? null : text.body(),
        item.latestRevision(),
        item.live(),
        item.unpublishedChanges(),
        item.lastAuthor(),
        item.modifiedAt(),
        item.live() ? "/" + officeCode + "/" + item.language() + "/" + item.path() : null,
        item.owner(),
        item.reviewBy(),
        fields == null ? null : fields.json(),
        state == null
            ? null
            : switch (state) {
              case SOURCE -> "source";
              case UP_TO_DATE -> "current";
              case OUTDATED -> "outdated";
              case MISSING -> null;
            },
        terms.themeCodes(),
        terms.tagNames(),
        text == null || text.common() == null || text.common().heroImageId() == null
            ? null
            : new HeroImageJson(
                text.common().heroImageId(),
                text.common().heroAlt(),
                text.common().heroDecorative()),
        text == null || text.common() == null ? null : text.common().seoDescription(),
        text == null || text.common() == null ? null : text.common().socialImageId());
  }
}
