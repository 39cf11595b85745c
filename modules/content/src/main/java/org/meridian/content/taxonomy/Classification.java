package org.meridian.content.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentNotFoundException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Which themes and tags the current office's items carry. An item's classification belongs to the
 * item, not to a revision: saving it changes the public pages at once (see docs/content.md).
 */
@ApplicationScoped
@Transactional
public class Classification {

  public static final int MAX_THEMES = 10;
  public static final int MAX_TAGS = 30;

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<TaxonomyChanged> changed;

  /**
   * Gives an item exactly these themes and tags. Unknown theme codes and tag ids that are not the
   * office's are refused, naming them, before anything is written.
   */
  public ItemTerms classify(
      long itemId, Collection<String> themeCodes, Collection<Long> tagIds, String actor) {
    return classify(itemId, themeCodes, tagIds, List.of(), actor);
  }

  /**
   * The same, adding tags by name: a name whose address an existing tag of the office has means
   * that tag; any other becomes a new tag of the office, in the same transaction, so a refused
   * classification leaves no new tag behind.
   */
  public ItemTerms classify(
      long itemId,
      Collection<String> themeCodes,
      Collection<Long> tagIds,
      Collection<String> newTagNames,
      String actor) {
    EntityManager em = data.entityManager();
    ContentItem item = em.find(ContentItem.class, itemId);
    if (item == null) {
      throw ContentNotFoundException.item(itemId);
    }
    Set<ThemeCode> codes = new LinkedHashSet<>();
    Set<String> malformed = new TreeSet<>();
    for (String text : themeCodes) {
      String stripped = text == null ? "" : text.strip();
      ThemeCode.parse(stripped).ifPresentOrElse(codes::add, () -> malformed.add(stripped));
    }
    if (!malformed.isEmpty()) {
      throw malformed.size() > 1
          ? new TermRefusedException(
              Refusal.of(
                  "taxonomy.unknown_theme_codes_0",
                  "Unknown theme codes: {0}",
                  String.join(", ", malformed)))
          : new TermRefusedException(
              Refusal.of(
                  "taxonomy.unknown_theme_code_0",
                  "Unknown theme code: {0}",
                  String.join(", ", malformed)));
    }
    Set<Long> tagIdSet = new LinkedHashSet<>(tagIds);
    if (codes.size() > MAX_THEMES) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.at_most_0_themes_1",
              "An item carries at most {0} themes: got {1}",
              MAX_THEMES,
              codes.size()));
    }
    List<Theme> wantedThemes = Themes.require(em, codes);
    List<Tag> wantedTags = new ArrayList<>(Tags.require(em, tagIdSet));
    for (String name : newTagNames) {
      Tag tag = Tags.findOrCreate(em, name);
      if (!wantedTags.contains(tag)) {
        wantedTags.add(tag);
      }
    }
    if (wantedTags.size() > MAX_TAGS) {
      throw new TermRefusedException(
          Refusal.of(
              "taxonomy.at_most_0_tags_1",
              "An item carries at most {0} tags: got {1}",
              MAX_TAGS,
              wantedTags.size()));
    }

    boolean changedAny = false;
    List<ItemTheme> currentThemes = itemThemes(em, List.of(item.getId()));
    for (ItemTheme held : currentThemes) {
      if (!wantedThemes.contains(held.theme())) {
        em.remove(held);
        changedAny = true;
      }
    }
    for (Theme theme : wantedThemes) {
      if (currentThemes.stream().noneMatch(h -> h.theme().equals(theme))) {
        em.persist(new ItemTheme(item, theme));
        changedAny = true;
      }
    }
    List<ItemTag> currentTags = itemTags(em, List.of(item.getId()));
    for (ItemTag held : currentTags) {
      if (!wantedTags.contains(held.tag())) {
        em.remove(held);
        changedAny = true;
      }
    }
    for (Tag tag : wantedTags) {
      if (currentTags.stream().noneMatch(h -> h.tag().equals(tag))) {
        em.persist(new ItemTag(item, tag));
        changedAny = true;
      }
    }
    em.flush();
    if (changedAny) {
      changed.fire(
          new TaxonomyChanged(tenant.require().code(), "item " + itemId + " classified", actor));
    }
    return of(item.getId(), item.language());
  }

  /** The themes and tags of one item; themes named in {@code language}. */
  public ItemTerms of(long itemId, LanguageTag language) {
    return of(List.of(itemId), language).getOrDefault(itemId, ItemTerms.NONE);
  }

  /** The themes and tags of several items, by item id; items without any are left out. */
  public Map<Long, ItemTerms> of(Collection<Long> itemIds, LanguageTag language) {
    if (itemIds.isEmpty()) {
      return Map.of();
    }
    EntityManager em = data.entityManager();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(itemIds));
    Map<Long, List<ThemeLabel>> themes = new HashMap<>();
    for (ItemTheme held : itemThemes(em, ids)) {
      themes
          .computeIfAbsent(held.item().getId(), id -> new ArrayList<>())
          .add(ThemeLabel.of(held.theme(), language));
    }
    Map<Long, List<TagLabel>> tags = new HashMap<>();
    for (ItemTag held : itemTags(em, ids)) {
      tags.computeIfAbsent(held.item().getId(), id -> new ArrayList<>())
          .add(TagLabel.of(held.tag()));
    }
    Map<Long, ItemTerms> terms = new HashMap<>();
    for (Long id : ids) {
      List<ThemeLabel> t = themes.getOrDefault(id, List.of());
      List<TagLabel> g = tags.getOrDefault(id, List.of());
      if (!t.isEmpty() || !g.isEmpty()) {
        terms.put(
            id,
            new ItemTerms(
                t.stream()
                    .sorted(Comparator.comparing(ThemeLabel::name, String.CASE_INSENSITIVE_ORDER))
                    .toList(),
                g.stream()
                    .sorted(Comparator.comparing(TagLabel::name, String.CASE_INSENSITIVE_ORDER))
                    .toList()));
      }
    }
    return terms;
  }

  private static List<ItemTheme> itemThemes(EntityManager em, List<Long> itemIds) {
    return em.createQuery(
            "select a from ItemTheme a join fetch a.theme where a.item.id in :ids", ItemTheme.class)
        .setParameter("ids", itemIds)
        .getResultList();
  }

  private static List<ItemTag> itemTags(EntityManager em, List<Long> itemIds) {
    return em.createQuery(
            "select a from ItemTag a join fetch a.tag where a.item.id in :ids", ItemTag.class)
        .setParameter("ids", itemIds)
        .getResultList();
  }
}
