package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ImportedHistory;
import org.meridian.content.ItemSettings;
import org.meridian.content.Revision;
import org.meridian.content.RevisionInput;
import org.meridian.content.RichText;
import org.meridian.content.Slug;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.Menus;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.SocialNetwork;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The import's writes into the current (target) office, one part of the archive per transaction: a
 * part comes in whole, with the record of where it came from, or not at all. They go through the
 * same services as an editor's work (checks, sanitiser, events for caches, search and audit).
 */
@ApplicationScoped
@Transactional
public class ArchiveWrites {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficeDirectory offices;
  @Inject private ContentService content;
  @Inject private ImportedHistory history;
  @Inject private Translations translations;
  @Inject private Classification classification;
  @Inject private Tags tags;
  @Inject private Menus menus;
  @Inject private MediaLibrary library;
  @Inject private AccountDirectory accounts;
  @Inject private jakarta.enterprise.event.Event<org.meridian.content.menu.MenuChanged> menuChanged;

  /** A part that points at another part of the archive not imported yet: try it again later. */
  static final class NotYet extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal why;

    NotYet(Refusal why) {
      super(why.text(), null, false, false);
      this.why = why;
    }
  }

  /** What became of an item: its id in the target, and what changed on the way in. */
  record Written(long id, List<Refusal> notes) {}

  /**
   * Creates the office {@code code} with the archive's settings (not its host names, which belong
   * to the source). An HQ archive comes in as a country office; a parent this network lacks is
   * replaced by HQ.
   */
  public OfficeRef createOffice(OfficeCode code, JsonObject json, String actor) {
    List<LanguageTag> languages = new ArrayList<>();
    json.getJsonArray("languages")
        .getValuesAs(JsonString.class)
        .forEach(l -> languages.add(new LanguageTag(l.getString())));
    Map<LanguageTag, String> names = new LinkedHashMap<>();
    json.getJsonObject("names")
        .forEach((lang, name) -> names.put(new LanguageTag(lang), ((JsonString) name).getString()));
    OfficeType type = OfficeType.valueOf(json.getString("type", "COUNTRY"));
    OfficeRef hq =
        offices.all().stream()
            .filter(o -> o.type() == OfficeType.HQ)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The network has no HQ"));
    Office parent = offices.load(hq.code());
    if (type == OfficeType.HQ) {
      type = OfficeType.COUNTRY;
    } else if (type == OfficeType.COUNTRY && json.containsKey("parent")) {
      var wanted = offices.find(new OfficeCode(json.getString("parent")));
      if (wanted.isPresent() && wanted.get().type() == OfficeType.REGIONAL) {
        parent = offices.load(wanted.get().code());
      }
    }
    ZoneId zone = ZoneId.of(json.getString("timeZone", "UTC"));
    OfficeRef created =
        offices.create(new Office(code, type, parent, languages, zone, names), actor);
    JsonObject contact = json.getJsonObject("contact");
    Map<SocialNetwork, String> social = new LinkedHashMap<>();
    JsonObject links = json.getJsonObject("socialLinks");
    if (links != null) {
      links.forEach(
          (network, url) -> {
            for (SocialNetwork n : SocialNetwork.values()) {
              if (n.name().equalsIgnoreCase(network)) {
                social.put(n, ((JsonString) url).getString());
              }
            }
          });
    }
    return offices.updateProfile(
        code,
        new OfficeProfile(
            names,
            new AccentColour(json.getString("accentColour", AccentColour.DEFAULT.hex())),
            new OfficeContact(
                contact == null ? null : contact.getString("email", null),
                contact == null ? null : contact.getString("phone", null),
                contact == null ? null : contact.getString("postalAddress", null)),
            social,
            zone),
        actor);
  }

  /**
   * The office {@code code}, if the network has it (in a transaction: background imports have
   * none).
   */
  public java.util.Optional<OfficeRef> findOffice(OfficeCode code) {
    return offices.find(code);
  }

  /**
   * How many items the current office has, and how many parts earlier imports from {@code source}
   * brought.
   */
  public long[] contentAndImports(String source) {
    EntityManager em = data.entityManager();
    long items = em.createQuery("select count(i) from ContentItem i", Long.class).getSingleResult();
    long imported =
        em.createQuery(
                "select count(p) from ImportedPart p where p.sourceOffice = :source", Long.class)
            .setParameter("source", source)
            .getSingleResult();
    return new long[] {items, imported};
  }

  /** What earlier imports from {@code source} brought into the current office. */
  public void loadDone(ImportContext ctx) {
    data.entityManager()
        .createQuery(
            "select p from ImportedPart p where p.sourceOffice = :source", ImportedPart.class)
        .setParameter("source", ctx.source)
        .getResultStream()
        .forEach(p -> ctx.record(p.part(), p.sourceId(), p.targetId()));
  }

  /** A tag: the office's own of the same address, or a new one. */
  public long tag(JsonObject json, ImportContext ctx, String actor) {
    String slug = json.getString("slug");
    long id =
        tags.findBySlug(new Slug(slug))
            .map(existing -> existing.id())
            .orElseGet(() -> tags.create(json.getString("name"), slug, actor).id());
    remember(ctx, ImportContext.TAG, json.getJsonNumber("id").longValue(), id);
    return id;
  }

  /** A library file, checked like any upload (its content decides what it is), with renditions. */
  public long media(JsonObject json, byte[] bytes, ImportContext ctx) {
    var details =
        new MediaDetails(
            json.getString("title", ""),
            json.getString("altText", ""),
            json.getBoolean("decorative", false),
            json.getString("caption", ""),
            json.getString("credit", ""));
    var uploaded =
        library.upload(
            json.getString("fileName"), bytes, details, json.getString("uploadedBy", "import"));
    long id = uploaded.id();
    ctx.mediaNames.put(id, uploaded.fileName());
    remember(ctx, ImportContext.MEDIA, json.getJsonNumber("id").longValue(), id);
    return id;
  }

  /**
   * An item with its revisions, the live one published again, its publication dates, themes and
   * tags and its place in a translation set.
   *
   * @throws NotYet when it points at an item of the archive that is not imported yet
   * @throws ArchiveRefusedException when it points at a part that was refused or is missing
   */
  public Written item(JsonObject json, ImportContext ctx, String actor) {
    long sourceId = json.getJsonNumber("id").longValue();
    ContentType type = type(json.getString("type", ""));
    List<Refusal> notes = new ArrayList<>();
    Long parent =
        optionalId(json, "parent") == null
            ? null
            : itemTarget(ctx, optionalId(json, "parent"), "parent");
    Long translationOf = optionalId(json, "translationOf");
    Long translationTarget = null;
    if (translationOf != null) {
      translationTarget = ctx.target(ImportContext.ITEM, translationOf);
      if (translationTarget == null) {
        if (ctx.itemsInArchive.contains(translationOf)
            && !ctx.refusedItems.contains(translationOf)) {
          throw new NotYet(
              Refusal.of("archive.waits_for_item_0", "It waits for item {0}.", translationOf));
        }
        notes.add(
            Refusal.of(
                "archive.translation_of_0_not_linked",
                "Imported without its link to the item it translates ({0}), which was not"
                    + " imported.",
                translationOf));
      }
    }
    JsonArray revisions = json.getJsonArray("revisions");
    if (revisions == null || revisions.isEmpty()) {
      throw new ArchiveRefusedException(
          Refusal.of("archive.item_without_revisions", "The item has no revision in the archive."));
    }
    List<RevisionInput> inputs = new ArrayList<>();
    for (JsonValue value : revisions) {
      inputs.add(input(type, value.asJsonObject(), ctx, notes));
    }
    String owner = json.getString("owner", null);
    if (owner != null && !memberOfTarget(owner)) {
      notes.add(
          Refusal.of(
              "archive.owner_0_not_member",
              "Its owner {0} is not a member of this office: the item has no owner.",
              owner));
      owner = null;
    }
    ItemSettings settings =
        new ItemSettings(
            owner,
            json.containsKey("reviewBy") ? LocalDate.parse(json.getString("reviewBy")) : null,
            parent,
            json.containsKey("featuredAt"));
    JsonObject first = revisions.getJsonObject(0);
    ContentItem item =
        content.create(
            type,
            new LanguageTag(json.getString("language")),
            new Slug(json.getString("slug")),
            inputs.get(0),
            settings,
            first.getString("author", actor));
    List<Long> revisionIds = new ArrayList<>();
    revisionIds.add(item.latestRevision().getId());
    for (int i = 1; i < inputs.size(); i++) {
      Revision saved =
          content.saveRevision(
              item.getId(), inputs.get(i), revisions.getJsonObject(i).getString("author", actor));
      revisionIds.add(saved.getId());
    }
    if (json.containsKey("live")) {
      int live = json.getInt("live");
      for (int i = 0; i < revisions.size(); i++) {
        if (revisions.getJsonObject(i).getInt("number", i + 1) == live) {
          content.publish(revisionIds.get(i), actor);
        }
      }
    }
    history.keep(
        item.getId(),
        instant(json, "firstPublishedAt"),
        instant(json, "lastPublishedAt"),
        instant(json, "featuredAt"));
    classify(item.getId(), json, ctx, notes, actor);
    if (translationTarget != null) {
      translations.link(translationTarget, item.getId(), actor);
    }
    if (json.containsKey("sharedFrom")) {
      JsonObject shared = json.getJsonObject("sharedFrom");
      notes.add(
          Refusal.of(
              "archive.shared_copy_of_0_1",
              "A shared copy of {0}'s item {1}: imported as an item of its own, no longer"
                  + " following its source.",
              shared.getString("office", ""),
              shared.getJsonNumber("item") == null ? "" : shared.getJsonNumber("item").toString()));
    }
    remember(ctx, ImportContext.ITEM, sourceId, item.getId());
    return new Written(item.getId(), notes);
  }

  private void classify(
      long itemId, JsonObject json, ImportContext ctx, List<Refusal> notes, String actor) {
    List<String> themes = new ArrayList<>();
    for (JsonString code : json.getJsonArray("themes").getValuesAs(JsonString.class)) {
      if (ctx.knownThemes.contains(code.getString())) {
        themes.add(code.getString());
      } else {
        notes.add(
            Refusal.of(
                "archive.theme_0_unknown",
                "The theme '{0}' does not exist in this network: the item is not classified under"
                    + " it.",
                code.getString()));
      }
    }
    List<Long> tagIds = new ArrayList<>();
    for (JsonNumber tag : json.getJsonArray("tags").getValuesAs(JsonNumber.class)) {
      Long target = ctx.target(ImportContext.TAG, tag.longValue());
      if (target != null) {
        tagIds.add(target);
      }
    }
    if (!themes.isEmpty() || !tagIds.isEmpty()) {
      classification.classify(itemId, themes, tagIds, actor);
    }
  }

  private RevisionInput input(
      ContentType type, JsonObject revision, ImportContext ctx, List<Refusal> notes) {
    for (long media : ArchiveReferences.media(type, revision, ctx.source)) {
      mediaTarget(ctx, media);
    }
    JsonObject fields = revision.getJsonObject("fields");
    for (long ref : ArchiveReferences.items(type, fields)) {
      itemTarget(ctx, ref, "reference");
    }
    String body =
        ArchiveReferences.remapBody(
            revision.getString("body", ""),
            ctx.source,
            ctx.target,
            id -> mediaTarget(ctx, id),
            ctx.mediaNames::get);
    String clean = RichText.sanitize(body);
    if (ArchiveReferences.removedMarkup(body, clean)) {
      notes.add(
          Refusal.of(
              "archive.body_of_revision_0_cleaned",
              "The text of revision {0} held markup that is not allowed: it was removed.",
              revision.getInt("number", 0)));
    }
    return RevisionInput.builder()
        .title(revision.getString("title", ""))
        .summary(revision.getString("summary", ""))
        .body(clean)
        .heroImage(
            mapped(revision, "heroImage", ctx),
            revision.getString("heroAlt", ""),
            revision.getBoolean("heroDecorative", false))
        .seoDescription(revision.getString("seoDescription", ""))
        .socialImage(mapped(revision, "socialImage", ctx))
        .fields(
            ArchiveReferences.remapFields(
                type, fields, id -> itemTarget(ctx, id, "reference"), id -> mediaTarget(ctx, id)))
        .build();
  }

  private Long mapped(JsonObject revision, String name, ImportContext ctx) {
    Long id = optionalId(revision, name);
    return id == null ? null : mediaTarget(ctx, id);
  }

  private long mediaTarget(ImportContext ctx, long sourceId) {
    Long target = ctx.target(ImportContext.MEDIA, sourceId);
    if (target == null
        && !ctx.mediaInArchive.contains(sourceId)
        && library.find(sourceId).isPresent()) {
      // Not the office's own file: one of HQ's shared library, which this office sees too.
      return sourceId;
    }
    if (target == null) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "archive.media_0_not_imported",
              "It shows media file {0}, which was not imported.",
              sourceId));
    }
    return target;
  }

  private static long itemTarget(ImportContext ctx, long sourceId, String what) {
    Long target = ctx.target(ImportContext.ITEM, sourceId);
    if (target != null) {
      return target;
    }
    if (ctx.itemsInArchive.contains(sourceId) && !ctx.refusedItems.contains(sourceId)) {
      throw new NotYet(Refusal.of("archive.waits_for_item_0", "It waits for item {0}.", sourceId));
    }
    throw new ArchiveRefusedException(
        Refusal.of(
            "archive.points_at_item_0_missing",
            "It points at item {0}, which was not imported.",
            sourceId));
  }

  /** A menu entry, at the end of its level (entries come in their order). */
  public long menuEntry(JsonObject json, ImportContext ctx, String actor) {
    Long parent = null;
    if (json.containsKey("parent")) {
      parent = ctx.target(ImportContext.MENU, json.getJsonNumber("parent").longValue());
      if (parent == null) {
        throw new ArchiveRefusedException(
            Refusal.of(
                "archive.menu_parent_0_missing",
                "Its heading ({0}) was not imported.",
                json.getJsonNumber("parent").longValue()));
      }
    }
    Long item = null;
    if (json.containsKey("item")) {
      item = itemTarget(ctx, json.getJsonNumber("item").longValue(), "menu");
    }
    long id =
        menus.add(
            MenuName.valueOf(json.getString("menu")),
            new LanguageTag(json.getString("language")),
            parent,
            json.getString("label"),
            item,
            ArchiveReferences.moveAddress(json.getString("url", null), ctx.source, ctx.target));
    remember(ctx, ImportContext.MENU, json.getJsonNumber("id").longValue(), id);
    menuChanged.fire(
        new org.meridian.content.menu.MenuChanged(
            tenant.require().code(),
            new LanguageTag(json.getString("language")),
            MenuName.valueOf(json.getString("menu")),
            "entry " + id + " '" + json.getString("label") + "' imported",
            actor));
    return id;
  }

  private void remember(ImportContext ctx, String part, long sourceId, long targetId) {
    EntityManager em = data.entityManager();
    em.persist(new ImportedPart(ctx.source, part, sourceId, targetId));
    em.flush();
  }

  private boolean memberOfTarget(String owner) {
    long office = tenant.require().id();
    return accounts.officesOf(owner).stream().anyMatch(m -> m.office().id() == office);
  }

  private static ContentType type(String name) {
    for (ContentType type : ContentType.values()) {
      if (type.name().equals(name)) {
        return type;
      }
    }
    throw new ArchiveRefusedException(
        Refusal.of(
            "archive.type_0_unknown", "Its type '{0}' is not one this Meridian knows.", name));
  }

  private static Long optionalId(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonNumber n ? n.longValue() : null;
  }

  private static Instant instant(JsonObject json, String name) {
    return json.containsKey(name) ? Instant.parse(json.getString(name)) : null;
  }

  static Set<String> themeCodes(List<JsonObject> themes) {
    return Set.copyOf(themes.stream().map(t -> t.getString("code")).toList());
  }
}
