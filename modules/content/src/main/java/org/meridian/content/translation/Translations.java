package org.meridian.content.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.content.EditorQueries;
import org.meridian.content.ItemSettings;
import org.meridian.content.Revision;
import org.meridian.content.RevisionInput;
import org.meridian.content.RevisionSaved;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Changes the current office's translation sets: translate an item into another language, link
 * existing items, unlink them, and confirm translations ({@link TranslationQueries} reads the sets
 * and the outdated translations). A translation becomes outdated when a revision of its source is
 * saved whose title, summary or body differ from the previous revision (a draft is enough:
 * translators need not wait for the publication).
 */
@ApplicationScoped
@Transactional
public class Translations {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private EditorQueries queries;
  @Inject private Classification classification;
  @Inject private Event<TranslationsLinked> linked;
  @Inject private Event<TranslationsUnlinked> unlinked;

  @Inject private Clock clock;

  /**
   * Creates a draft of the item in {@code language}, filled with the source's latest text and a
   * slug made from its title (the next free one when taken), linked to the source as its
   * translation. Translating a translation translates its source. Returns the new item's id.
   */
  public long translate(long itemId, LanguageTag language, String author) {
    Objects.requireNonNull(language, "language");
    EntityManager em = data.entityManager();
    ContentItem source = TranslationLinks.rootOf(em, TranslationLinks.item(em, itemId));
    OfficeRef office = tenant.require();
    TranslationRules.checkLink(
        office,
        facts(em, source),
        translatedLanguages(em, source),
        new TranslationRules.ItemFacts(office.id(), language, false, false));
    Revision text = source.latestRevision();
    Slug slug = queries.freeSlug(language, Slug.fromTitle(text.title()));
    // A full copy to translate: every field of the source's latest revision (type fields, images
    // and their descriptions included), its review date, and its themes and tags. Not its owner
    // (who may have left the office), its parent page (pages of another language) nor its place
    // on the home page. Its address follows its title until it is published (the editor's rule).
    ContentItem draft =
        content.create(
            source.type(),
            language,
            slug,
            text.toInput(),
            new ItemSettings(null, source.reviewBy(), null, false),
            author);
    em.persist(new Translation(source, draft, text.number(), author, Instant.now(clock)));
    em.flush();
    ItemTerms terms = classification.of(source.getId(), language);
    if (!terms.themes().isEmpty() || !terms.tags().isEmpty()) {
      classification.classify(
          draft.getId(),
          terms.themeCodes(),
          terms.tags().stream().map(TagLabel::id).toList(),
          author);
    }
    return draft.getId();
  }

  /**
   * Makes the existing item {@code itemId} the translation of {@code sourceId} (of its source, when
   * {@code sourceId} is a translation), as up to date with the source's latest revision.
   */
  public void link(long sourceId, long itemId, String actor) {
    EntityManager em = data.entityManager();
    ContentItem source = TranslationLinks.rootOf(em, TranslationLinks.item(em, sourceId));
    ContentItem item = TranslationLinks.item(em, itemId);
    TranslationRules.checkLink(
        tenant.require(), facts(em, source), translatedLanguages(em, source), facts(em, item));
    em.persist(
        new Translation(source, item, source.latestRevision().number(), actor, Instant.now(clock)));
    em.flush();
    if (source.isLive() && item.isLive()) {
      linked.fire(new TranslationsLinked(tenant.require().code(), source.getId(), item.getId()));
    }
  }

  /**
   * Takes the translation {@code itemId} out of its set: it becomes an item of its own (its text
   * and state unchanged), and its source's and its pages lose their language links. Refused for an
   * item that is not a translation (a source leaves its set when its translations are unlinked).
   */
  public void unlink(long itemId, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = TranslationLinks.translationOf(em, itemId);
    ContentItem source = translation.source();
    ContentItem item = translation.item();
    em.remove(translation);
    em.flush();
    if (source.isLive() && item.isLive()) {
      unlinked.fire(
          new TranslationsUnlinked(tenant.require().code(), source.getId(), item.getId(), actor));
    }
  }

  /** Confirms that the translation still says what its source's latest revision says. */
  public void confirmUpToDate(long itemId, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = TranslationLinks.translationOf(em, itemId);
    translation.confirm(translation.source().latestRevision().number(), actor, Instant.now(clock));
  }

  /** Saves a new revision of the translation and marks it up to date with its source. */
  public Revision saveUpToDate(long itemId, RevisionInput input, String actor) {
    EntityManager em = data.entityManager();
    Translation translation = TranslationLinks.translationOf(em, itemId);
    Revision saved = content.saveRevision(itemId, input, actor);
    translation.confirm(translation.source().latestRevision().number(), actor, Instant.now(clock));
    return saved;
  }

  /** Marks the translations of an item outdated when a revision that changes its text is saved. */
  void onRevisionSaved(@Observes RevisionSaved saved) {
    if (!saved.textChanged()) {
      return;
    }
    EntityManager em = data.entityManager();
    Instant now = Instant.now(clock);
    em.createQuery("select t from Translation t where t.source.id = :id", Translation.class)
        .setParameter("id", saved.itemId())
        .getResultStream()
        .forEach(t -> t.sourceChanged(now));
  }

  private static Set<LanguageTag> translatedLanguages(EntityManager em, ContentItem source) {
    return TranslationLinks.translationsOf(em, source).stream()
        .map(Translation::language)
        .collect(Collectors.toSet());
  }

  private TranslationRules.ItemFacts facts(EntityManager em, ContentItem item) {
    boolean isTranslation = TranslationLinks.linkOf(em, item).isPresent();
    boolean hasTranslations =
        em.createQuery("select count(t) from Translation t where t.source = :item", Long.class)
                .setParameter("item", item)
                .getSingleResult()
            > 0;
    // The column is written by EclipseLink: an item created in this transaction does not carry it
    // yet, and it was created through the current office's entity manager.
    long officeId = item.getOfficeId() != null ? item.getOfficeId() : tenant.require().id();
    boolean copy =
        item.getId() != null
            && em.createQuery(
                        "select count(c) from SharedCopy c where c.itemId = :item", Long.class)
                    .setParameter("item", item.getId())
                    .getSingleResult()
                > 0;
    return new TranslationRules.ItemFacts(
        officeId, item.language(), isTranslation, hasTranslations, copy);
  }
}
