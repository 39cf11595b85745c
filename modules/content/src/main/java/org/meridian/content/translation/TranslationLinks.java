package org.meridian.content.translation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.Refusal;

/** How the current office's items are linked into translation sets: lookups of writes and reads. */
final class TranslationLinks {

  private TranslationLinks() {}

  /** The item; refused when the office has none. */
  static ContentItem item(EntityManager em, long itemId) {
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      throw ContentNotFoundException.item(itemId);
    }
    return item;
  }

  /** The source of the item's set: the item itself unless it is a translation. */
  static ContentItem rootOf(EntityManager em, ContentItem item) {
    return linkOf(em, item).map(Translation::source).orElse(item);
  }

  /** The item's link to its source, when it is a translation. */
  static Optional<Translation> linkOf(EntityManager em, ContentItem item) {
    return em.createQuery("select t from Translation t where t.item = :item", Translation.class)
        .setParameter("item", item)
        .getResultStream()
        .findFirst();
  }

  /** The link of the translation {@code itemId}; refused when the item is not a translation. */
  static Translation translationOf(EntityManager em, long itemId) {
    return linkOf(em, item(em, itemId))
        .orElseThrow(
            () ->
                new TranslationRefusedException(
                    Refusal.of(
                        "translation.not_a_translation_0",
                        "Item {0} is not a translation",
                        itemId)));
  }

  /** The translations of {@code source}, by language. */
  static List<Translation> translationsOf(EntityManager em, ContentItem source) {
    return em.createQuery(
            "select t from Translation t join fetch t.item where t.source = :source"
                + " order by t.language",
            Translation.class)
        .setParameter("source", source)
        .getResultList();
  }
}
