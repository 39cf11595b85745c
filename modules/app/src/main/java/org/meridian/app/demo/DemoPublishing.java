package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.UnaryOperator;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.ItemSettings;
import org.meridian.content.ItemSettingsWrites;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;

/**
 * How the demo loader writes the current office's content: stored through {@link ContentService}
 * and made live through {@link LiveRevisions}, as the editorial process does once it allows a step
 * (the loader is the system setting up a network, not a person under an office's review policy).
 */
@ApplicationScoped
class DemoPublishing {

  /** Who the demo's content is written by. */
  static final String AUTHOR = "demo@meridian.example.org";

  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private ItemSettingsWrites settingsWrites;
  @Inject private EditorQueries queries;

  /** Fills the blueprint's page at the item's slug, or creates the item, then publishes it. */
  void publish(DemoTexts.Item item) {
    Slug slug = new Slug(item.slug());
    long id =
        queries
            .idOf(item.language(), slug)
            .map(
                existing -> {
                  content.saveRevision(
                      existing,
                      new RevisionInput(item.title(), item.summary(), item.body()),
                      AUTHOR);
                  return existing;
                })
            .orElseGet(() -> draft(item));
    live.publishLatest(id, AUTHOR);
  }

  /** Stores the item as a draft; returns its id. */
  long draft(DemoTexts.Item item) {
    return content
        .create(
            item.type(),
            item.language(),
            new Slug(item.slug()),
            new RevisionInput(item.title(), item.summary(), item.body()),
            AUTHOR)
        .getId();
  }

  /** Creates an item with its type's own fields and publishes it; returns its id. */
  long publishNew(ContentType type, LanguageTag language, String slug, RevisionInput input) {
    long id = content.create(type, language, new Slug(slug), input, AUTHOR).getId();
    live.publishLatest(id, AUTHOR);
    return id;
  }

  /** Publishes a new revision of the live item at {@code slug}, made from its latest one. */
  void republish(LanguageTag language, String slug, UnaryOperator<RevisionInput> change) {
    long id = queries.idOf(language, new Slug(slug)).orElseThrow();
    RevisionInput latest = queries.findEditable(id).orElseThrow().latest();
    content.saveRevision(id, change.apply(latest), AUTHOR);
    live.publishLatest(id, AUTHOR);
  }

  /** Features the current office's live items at {@code slugs} on its home page. */
  void feature(LanguageTag language, String... slugs) {
    for (String slug : slugs) {
      long id = queries.idOf(language, new Slug(slug)).orElseThrow();
      var item = queries.findEditable(id).orElseThrow();
      settingsWrites.change(
          id, new ItemSettings(item.owner(), item.reviewBy(), item.parentId(), true), AUTHOR);
    }
  }
}
