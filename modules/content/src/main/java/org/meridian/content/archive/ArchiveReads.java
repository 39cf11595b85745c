package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentType;
import org.meridian.content.Revision;
import org.meridian.content.fields.Jsons;
import org.meridian.content.media.MediaAsset;
import org.meridian.content.media.MediaFile;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuItem;
import org.meridian.content.syndication.SharedCopy;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The export's reads of the current office, each a short transaction of its own (a page of items,
 * one media file), so that the persistence context never holds more than a page: the office is
 * never in memory as a whole.
 */
@ApplicationScoped
@Transactional
public class ArchiveReads {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private Tags tags;
  @Inject private Themes themes;
  @Inject private MediaLibrary library;
  @Inject private OfficeLogos logos;

  /** The office's settings: code, type, parent, languages, names, brand, contact, links. */
  public JsonObject office() {
    OfficeRef office = tenant.require();
    JsonArrayBuilder languages = Jsons.createArrayBuilder();
    office.languages().forEach(l -> languages.add(l.value()));
    JsonObjectBuilder names = Jsons.createObjectBuilder();
    office.names().forEach(names::add);
    JsonObjectBuilder social = Jsons.createObjectBuilder();
    office.socialLinks().forEach(social::add);
    JsonObjectBuilder contact = Jsons.createObjectBuilder();
    addText(contact, "email", office.contact().email());
    addText(contact, "phone", office.contact().phone());
    addText(contact, "postalAddress", office.contact().postalAddress());
    JsonObjectBuilder out =
        Jsons.createObjectBuilder()
            .add("code", office.code().value())
            .add("type", office.type().name())
            .add("languages", languages)
            .add("timeZone", office.timeZone().getId())
            .add("names", names)
            .add("accentColour", office.accentColour().hex())
            .add("contact", contact)
            .add("socialLinks", social);
    if (office.parent() != null) {
      out.add("parent", office.parent().value());
    }
    out.add("branding", ArchiveLooks.branding(office.branding()));
    logo()
        .ifPresent(
            logo ->
                out.add(
                    "logo",
                    Jsons.createObjectBuilder()
                        .add("file", ArchiveFormat.logoEntry(logo.mediaType()))
                        .add("mediaType", logo.mediaType())
                        .add("sha256", logo.sha256())));
    return out.build();
  }

  /** The office's logo, if it has one. */
  public java.util.Optional<LogoImage> logo() {
    return logos.find(tenant.require().code());
  }

  /** The office's tags. */
  public List<JsonObject> tags() {
    return tags.list().stream()
        .map(
            t ->
                Jsons.createObjectBuilder()
                    .add("id", t.id())
                    .add("name", t.name())
                    .add("slug", t.slug())
                    .build())
        .toList();
  }

  /** The network's themes (they belong to the network: an import uses the target's own). */
  public List<JsonObject> themes() {
    return themes.list().stream()
        .map(
            t -> {
              JsonObjectBuilder names = Jsons.createObjectBuilder();
              t.names().forEach(names::add);
              JsonObjectBuilder slugs = Jsons.createObjectBuilder();
              t.slugs().forEach(slugs::add);
              return Jsons.createObjectBuilder()
                  .add("code", t.code())
                  .add("names", names)
                  .add("slugs", slugs)
                  .build();
            })
        .toList();
  }

  /** Ids of the office's own library files, oldest first. */
  public List<Long> mediaIds() {
    return data.entityManager()
        .createQuery("select a.id from MediaAsset a order by a.id", Long.class)
        .getResultList();
  }

  /** What the archive says about these library files. */
  public List<JsonObject> media(Collection<Long> ids) {
    List<JsonObject> out = new ArrayList<>();
    for (MediaAsset a :
        data.entityManager()
            .createQuery(
                "select a from MediaAsset a where a.id in :ids order by a.id", MediaAsset.class)
            .setParameter("ids", ids)
            .getResultList()) {
      var d = a.details();
      out.add(
          Jsons.createObjectBuilder()
              .add("id", a.getId())
              .add("kind", a.kind().name())
              .add("format", a.format().name())
              .add("fileName", a.fileName())
              .add("title", d.title())
              .add("altText", d.altText())
              .add("decorative", d.decorative())
              .add("caption", d.caption())
              .add("credit", d.credit())
              .add("sizeBytes", a.sizeBytes())
              .add("sha256", a.sha256())
              .add("uploadedBy", a.uploadedBy())
              .add("uploadedAt", String.valueOf(a.getCreatedAt()))
              .add("file", ArchiveFormat.mediaEntry(a.getId(), a.fileName()))
              .add("framing", ArchiveLooks.framing(a.framing()))
              .add("altTexts", ArchiveLooks.altTexts(a.altTexts()))
              .build());
    }
    return out;
  }

  /** A library file's original bytes (its renditions are made again from it on import). */
  public byte[] mediaFile(long id, String fileName) {
    return library
        .open(id, MediaFile.ORIGINAL, fileName)
        .orElseThrow(() -> new IllegalStateException("Media " + id + " has no original file"))
        .bytes();
  }

  /**
   * Ids of the items to archive (not those in the trash; only live ones when {@code liveOnly}), in
   * the order an import can create them: contact cards, then pages from the top down, then the
   * rest, each by id.
   */
  public List<Long> itemIds(boolean liveOnly) {
    List<Object[]> rows =
        data.entityManager()
            .createQuery(
                "select i.id, p.id, i.type from ContentItem i left join i.parent p"
                    + " where i.trashedAt is null"
                    + (liveOnly ? " and i.liveRevision is not null" : ""),
                Object[].class)
            .getResultList();
    Map<Long, Long> parents = new HashMap<>();
    rows.forEach(r -> parents.put((Long) r[0], (Long) r[1]));
    Comparator<Object[]> order =
        Comparator.<Object[]>comparingInt(r -> rank((ContentType) r[2]))
            .thenComparingInt(r -> depth(parents, (Long) r[0]))
            .thenComparingLong(r -> (Long) r[0]);
    return rows.stream().sorted(order).map(r -> (Long) r[0]).toList();
  }

  private static int rank(ContentType type) {
    return switch (type) {
      case CONTACT -> 0;
      case PAGE -> 1;
      default -> 2;
    };
  }

  private static int depth(Map<Long, Long> parents, Long id) {
    int depth = 0;
    for (Long up = parents.get(id);
        up != null && depth <= ContentItem.MAX_DEPTH;
        up = parents.get(up)) {
      depth++;
    }
    return depth;
  }

  /** The items as the archive keeps them, each with its revisions (or its live one only). */
  public List<JsonObject> items(List<Long> ids, boolean liveOnly) {
    EntityManager em = data.entityManager();
    List<JsonObject> out = new ArrayList<>();
    for (Long id : ids) {
      ContentItem item = em.find(ContentItem.class, id);
      if (item == null || item.isTrashed() || (liveOnly && !item.isLive())) {
        continue; // gone or trashed since the list was read
      }
      out.add(item(em, item, liveOnly));
    }
    return out;
  }

  private JsonObject item(EntityManager em, ContentItem item, boolean liveOnly) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", item.getId())
            .add("type", item.type().name())
            .add("language", item.language().value())
            .add("slug", item.slug().value());
    if (item.parent() != null) {
      json.add("parent", item.parent().getId());
    }
    addText(json, "owner", item.owner());
    addText(json, "reviewBy", item.reviewBy() == null ? null : item.reviewBy().toString());
    addInstant(json, "featuredAt", item.featuredAt());
    addInstant(json, "firstPublishedAt", item.firstPublishedAt());
    addInstant(json, "lastPublishedAt", item.lastPublishedAt());
    em.createQuery("select t.source.id from Translation t where t.item.id = :id", Long.class)
        .setParameter("id", item.getId())
        .getResultStream()
        .findFirst()
        .ifPresent(source -> json.add("translationOf", source));
    JsonArrayBuilder themeCodes = Jsons.createArrayBuilder();
    em.createQuery(
            "select it.theme.code from ItemTheme it where it.item.id = :id order by it.theme.code",
            String.class)
        .setParameter("id", item.getId())
        .getResultList()
        .forEach(themeCodes::add);
    json.add("themes", themeCodes);
    JsonArrayBuilder tagIds = Jsons.createArrayBuilder();
    em.createQuery(
            "select it.tag.id from ItemTag it where it.item.id = :id order by it.tag.id",
            Long.class)
        .setParameter("id", item.getId())
        .getResultList()
        .forEach(tagIds::add);
    json.add("tags", tagIds);
    em.createQuery("select c from SharedCopy c where c.itemId = :id", SharedCopy.class)
        .setParameter("id", item.getId())
        .getResultStream()
        .findFirst()
        .ifPresent(
            copy ->
                json.add(
                    "sharedFrom",
                    Jsons.createObjectBuilder()
                        .add("office", copy.sourceOfficeCode())
                        .add("item", copy.sourceItemId())
                        .add("path", copy.sourcePath())
                        .add("revision", copy.sourceRevision())));
    List<Revision> revisions =
        liveOnly
            ? List.of(item.liveRevision())
            : em.createQuery(
                    "select r from Revision r where r.item = :item order by r.number",
                    Revision.class)
                .setParameter("item", item)
                .getResultList();
    JsonArrayBuilder revs = Jsons.createArrayBuilder();
    revisions.forEach(r -> revs.add(revision(r)));
    json.add("revisions", revs);
    if (item.isLive()) {
      json.add("live", liveOnly ? 1 : item.liveRevision().number());
    }
    json.add("revisionCount", revisions.size());
    return json.build();
  }

  private static JsonObject revision(Revision r) {
    var common = r.common();
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("number", r.number())
            .add("title", r.title())
            .add("summary", r.summary())
            .add("body", r.body())
            .add("author", r.author())
            .add("savedAt", String.valueOf(r.savedAt()))
            .add("heroAlt", common.heroAlt())
            .add("heroDecorative", common.heroDecorative())
            .add("seoDescription", common.seoDescription())
            .add("fields", r.fields().json());
    if (r.restoredFrom() != null) {
      json.add("restoredFrom", r.restoredFrom());
    }
    if (common.heroImageId() != null) {
      json.add("heroImage", common.heroImageId());
    }
    if (common.socialImageId() != null) {
      json.add("socialImage", common.socialImageId());
    }
    return json.build();
  }

  /**
   * The office's menu entries, each menu and language from the top, a heading before its entries,
   * in their order.
   */
  public List<JsonObject> menus() {
    List<MenuItem> all =
        data.entityManager()
            .createQuery(
                "select m from MenuItem m order by m.menu, m.language, m.sortOrder, m.id",
                MenuItem.class)
            .getResultList();
    List<JsonObject> out = new ArrayList<>();
    all.stream()
        .filter(m -> m.parent() == null)
        .forEach(
            top -> {
              out.add(menuEntry(top));
              all.stream()
                  .filter(m -> m.parent() != null && m.parent().getId().equals(top.getId()))
                  .forEach(child -> out.add(menuEntry(child)));
            });
    return out;
  }

  private static JsonObject menuEntry(MenuItem m) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", m.getId())
            .add("menu", m.menu().name())
            .add("language", m.language().value())
            .add("label", m.label());
    if (m.parent() != null) {
      json.add("parent", m.parent().getId());
    }
    if (m.target() != null) {
      json.add("item", m.target().getId());
    }
    addText(json, "url", m.url());
    return json.build();
  }

  private static void addText(JsonObjectBuilder json, String name, String value) {
    if (value != null && !value.isBlank()) {
      json.add(name, value);
    }
  }

  private static void addInstant(JsonObjectBuilder json, String name, Instant value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }
}
