package org.meridian.content.search;

import org.meridian.tenancy.office.LanguageTag;

/**
 * Keeps and searches the index of one database product: PostgreSQL's text search, or a Java
 * fallback on the embedded database. Chosen once at start from the database product.
 *
 * <p>The index is read and written with SQL of its own, outside EclipseLink's office filter: every
 * method takes the office explicitly and every statement is bound to it ({@code office_id = ?}),
 * and a search only returns items of that office that are not in the trash (and live, for {@link
 * Variant#LIVE}). Callers pass the current office from {@code TenantContext}, nothing else.
 */
public interface SearchEngine {

  /** Replaces the document of {@code document.itemId()} and its variant. */
  void put(IndexedDocument document);

  /** Drops an item's document of {@code variant}, or both when {@code variant} is null. */
  void remove(long officeId, long itemId, Variant variant);

  /**
   * The office's items in {@code language} whose {@code variant} matches every word of {@code
   * query} (stemmed for the language), best first: title matches above summary and body matches.
   */
  SearchPage search(
      long officeId,
      Variant variant,
      LanguageTag language,
      SearchQuery query,
      int offset,
      int limit);

  /** How many documents the whole index holds (every office): zero means it must be built. */
  long size();

  /** A name for the logs. */
  String describe();
}
