package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.ImportedHistory;
import org.meridian.content.ItemSettings;
import org.meridian.content.LiveRevisions;
import org.meridian.content.Revision;
import org.meridian.content.RevisionInput;
import org.meridian.content.RichText;
import org.meridian.content.Slug;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.people.AccountDirectory;

/**
 * An item of the archive written into the current (target) office in one transaction, with its
 * revisions, live revision, dates, themes and tags and its place in a translation set, through the
 * same services as an editor's work (checks, sanitiser, events for caches, search and audit).
 */
@ApplicationScoped
@Transactional
public class ArchiveItemWrites {

  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions liveRevisions;
  @Inject private ImportedHistory history;
  @Inject private Translations translations;
  @Inject private Classification classification;
  @Inject private AccountDirectory accounts;
  @Inject private ArchiveTargets targets;
  @Inject private ImportedParts parts;

  /** What became of an item: its id in the target, and what changed on the way in. */
  record Written(long id, List<Refusal> notes) {}

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
            : ArchiveTargets.item(ctx, optionalId(json, "parent"), "parent");
    Long translationOf = optionalId(json, "translationOf");
    Long translationTarget = null;
    if (translationOf != null) {
      translationTarget = ctx.target(ImportContext.ITEM, translationOf);
      if (translationTarget == null) {
        if (ctx.itemsInArchive.contains(translationOf)
            && !ctx.refusedItems.contains(translationOf)) {
          throw new ArchiveTargets.NotYet(
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
          liveRevisions.publish(revisionIds.get(i), actor);
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
    parts.remember(ctx, ImportContext.ITEM, sourceId, item.getId());
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
      targets.media(ctx, media);
    }
    JsonObject fields = revision.getJsonObject("fields");
    for (long ref : ArchiveReferences.items(type, fields)) {
      ArchiveTargets.item(ctx, ref, "reference");
    }
    String body =
        ArchiveReferences.remapIds(
            ArchiveReferences.remapBody(
                revision.getString("body", ""),
                ctx.source,
                ctx.target,
                id -> targets.media(ctx, id),
                ctx.mediaNames::get),
            id -> ctx.target(ImportContext.ITEM, id),
            id -> targets.media(ctx, id));
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
                type,
                fields,
                id -> ArchiveTargets.item(ctx, id, "reference"),
                id -> targets.media(ctx, id)))
        .build();
  }

  private Long mapped(JsonObject revision, String name, ImportContext ctx) {
    Long id = optionalId(revision, name);
    return id == null ? null : targets.media(ctx, id);
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
}
