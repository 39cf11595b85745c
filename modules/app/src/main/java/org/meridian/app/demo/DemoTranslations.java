package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meridian.content.ContentService;
import org.meridian.content.EditorQueries;
import org.meridian.content.ItemAddresses;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.office.LanguageTag;

/**
 * Senegal writes in French first. Its English "About us" is the translation of "À propos" (linked
 * by the blueprint) and up to date; the youth forum news is translated into English, and then a
 * draft of the French text adds a paragraph, so that the English version is outdated until someone
 * checks it.
 */
@ApplicationScoped
class DemoTranslations {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static final String AUTHOR = DemoPublishing.AUTHOR;

  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private ItemAddresses addresses;
  @Inject private EditorQueries queries;
  @Inject private Translations translations;

  /** Runs in Senegal's tenant. */
  void loadSenegal() {
    long about = queries.idOf(EN, new Slug("about-us")).orElseThrow();
    translations.confirmUpToDate(about, AUTHOR);

    long forum = queries.idOf(FR, new Slug("forum-jeunesse-thies")).orElseThrow();
    long english = translations.translate(forum, EN, AUTHOR);
    DemoTexts.Item translated = DemoTexts.senegalForumInEnglish();
    addresses.changeSlug(english, new Slug(translated.slug()), AUTHOR);
    translations.saveUpToDate(
        english,
        new RevisionInput(translated.title(), translated.summary(), translated.body()),
        AUTHOR);
    live.publishLatest(english, AUTHOR);

    // A saved draft of the source is enough to make its translations outdated.
    DemoTexts.Item changed = DemoTexts.senegalForumUpdated();
    content.saveRevision(
        forum, new RevisionInput(changed.title(), changed.summary(), changed.body()), AUTHOR);
  }
}
