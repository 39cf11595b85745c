package org.meridian.content.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.meridian.content.Slug;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's tags: list, add, rename, delete. Editors of the office manage them; another
 * office's tags do not exist here (the data layer filters them out).
 */
@ApplicationScoped
@Transactional
public class Tags {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Event<TaxonomyChanged> changed;

  /** The office's tags by name, with how many items carry each. */
  public List<TagUse> list() {
    EntityManager em = data.entityManager();
    Map<Long, Long> uses = new HashMap<>();
    for (Object[] row :
        em.createQuery("select a.tag.id, count(a) from ItemTag a group by a.tag.id", Object[].class)
            .getResultList()) {
      uses.put((Long) row[0], (Long) row[1]);
    }
    return tags(em).stream()
        .map(
            t ->
                new TagUse(
                    t.getId(),
                    t.name(),
                    t.slug().value(),
                    t.getVersion(),
                    uses.getOrDefault(t.getId(), 0L)))
        .toList();
  }

  /** The office's tags by name, for forms. */
  public List<TagLabel> labels() {
    return tags(data.entityManager()).stream().map(TagLabel::of).toList();
  }

  public Optional<TagLabel> findBySlug(Slug slug) {
    return data.entityManager()
        .createQuery("select t from Tag t where t.slug = :slug", Tag.class)
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .map(TagLabel::of);
  }

  /** Adds a tag; {@code slugText} may be empty, the address is then made from the name. */
  public TagUse create(String name, String slugText, String actor) {
    EntityManager em = data.entityManager();
    String cleaned = TermName.clean(name, Tag.MAX_NAME_LENGTH, "tag");
    Slug slug = TermName.slug(slugText, cleaned);
    requireFree(em, slug, null);
    Tag tag = new Tag(cleaned, slug);
    em.persist(tag);
    em.flush();
    fire("tag " + slug + " added", actor);
    return new TagUse(tag.getId(), tag.name(), tag.slug().value(), tag.getVersion(), 0);
  }

  /**
   * Renames a tag. {@code slugText} empty keeps its address, so that links to its page keep
   * working; a new one moves the page.
   *
   * @param expectedVersion the version the caller saw; another change since then is refused
   */
  public TagUse rename(
      long tagId, long expectedVersion, String name, String slugText, String actor) {
    EntityManager em = data.entityManager();
    Tag tag = require(em, tagId);
    if (tag.getVersion() != expectedVersion) {
      throw new TermConflictException(
          Refusal.of(
              "taxonomy.tag_0_changed_meanwhile",
              "Someone else changed the tag '{0}' since you opened the list: reload it and try"
                  + " again",
              tag.name()));
    }
    String cleaned = TermName.clean(name, Tag.MAX_NAME_LENGTH, "tag");
    Slug slug =
        slugText == null || slugText.isBlank() ? tag.slug() : TermName.slug(slugText, cleaned);
    requireFree(em, slug, tag);
    tag.rename(cleaned, slug);
    em.flush();
    fire("tag " + slug + " renamed", actor);
    return new TagUse(tag.getId(), tag.name(), tag.slug().value(), tag.getVersion(), uses(em, tag));
  }

  /** Deletes a tag and takes it off every item that carries it; returns how many did. */
  public long delete(long tagId, String actor) {
    EntityManager em = data.entityManager();
    Tag tag = require(em, tagId);
    List<ItemTag> carried =
        em.createQuery("select a from ItemTag a where a.tag = :tag", ItemTag.class)
            .setParameter("tag", tag)
            .getResultList();
    carried.forEach(em::remove);
    em.remove(tag);
    em.flush();
    fire("tag " + tag.slug() + " deleted from " + carried.size() + " items", actor);
    return carried.size();
  }

  /** The office's tags with these ids; unknown ids (another office's too) are refused. */
  static List<Tag> require(EntityManager em, Collection<Long> ids) {
    Set<Long> wanted = new TreeSet<>(ids);
    if (wanted.isEmpty()) {
      return List.of();
    }
    List<Tag> found =
        em.createQuery("select t from Tag t where t.id in :ids", Tag.class)
            .setParameter("ids", List.copyOf(wanted))
            .getResultList();
    found.forEach(t -> wanted.remove(t.getId()));
    if (!wanted.isEmpty()) {
      String unknown = String.join(", ", wanted.stream().map(String::valueOf).toList());
      throw wanted.size() > 1
          ? new TermRefusedException(
              Refusal.of("taxonomy.no_tags_0", "No tag with the ids {0} in this office", unknown))
          : new TermRefusedException(
              Refusal.of("taxonomy.no_tag_0", "No tag with the id {0} in this office", unknown));
    }
    return found;
  }

  /** The office's tag whose address the name gives, or a new one (not yet flushed). */
  static Tag findOrCreate(EntityManager em, String name) {
    String cleaned = TermName.clean(name, Tag.MAX_NAME_LENGTH, "tag");
    Slug slug = TermName.slug(null, cleaned);
    return em.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              Tag tag = new Tag(cleaned, slug);
              em.persist(tag);
              return tag;
            });
  }

  private static Tag require(EntityManager em, long tagId) {
    return require(em, List.of(tagId)).get(0);
  }

  private static List<Tag> tags(EntityManager em) {
    return em.createQuery("select t from Tag t order by lower(t.name), t.id", Tag.class)
        .getResultList();
  }

  private static long uses(EntityManager em, Tag tag) {
    return em.createQuery("select count(a) from ItemTag a where a.tag = :tag", Long.class)
        .setParameter("tag", tag)
        .getSingleResult();
  }

  private static void requireFree(EntityManager em, Slug slug, Tag self) {
    em.createQuery("select t from Tag t where t.slug = :slug", Tag.class)
        .setParameter("slug", slug.value())
        .getResultStream()
        .filter(t -> t != self)
        .findFirst()
        .ifPresent(
            t -> {
              throw new TermRefusedException(
                  Refusal.of(
                      "taxonomy.tag_0_has_address_1",
                      "The tag '{0}' already has the address '{1}'",
                      t.name(),
                      String.valueOf(slug)));
            });
  }

  private void fire(String what, String actor) {
    changed.fire(new TaxonomyChanged(tenant.require().code(), what, actor));
  }
}
