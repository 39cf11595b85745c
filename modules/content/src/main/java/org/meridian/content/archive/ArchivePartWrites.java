package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.meridian.content.Slug;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.Menus;
import org.meridian.content.taxonomy.Tags;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The archive's tags, library files and menu entries written into the current (target) office, one
 * per transaction, through the same services as an editor's work.
 */
@ApplicationScoped
@Transactional
public class ArchivePartWrites {

  @Inject private TenantContext tenant;
  @Inject private Tags tags;
  @Inject private Menus menus;
  @Inject private MediaLibrary library;
  @Inject private ImportedParts parts;
  @Inject private jakarta.enterprise.event.Event<org.meridian.content.menu.MenuChanged> menuChanged;

  /** A tag: the office's own of the same address, or a new one. */
  public long tag(JsonObject json, ImportContext ctx, String actor) {
    String slug = json.getString("slug");
    long id =
        tags.findBySlug(new Slug(slug))
            .map(existing -> existing.id())
            .orElseGet(() -> tags.create(json.getString("name"), slug, actor).id());
    parts.remember(ctx, ImportContext.TAG, json.getJsonNumber("id").longValue(), id);
    return id;
  }

  /**
   * A library file, checked like any upload (its content decides what it is), with its alt texts by
   * language and its renditions cut around its framing.
   */
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
            json.getString("fileName"),
            bytes,
            details,
            ArchiveLooks.altTexts(json),
            ArchiveLooks.framing(json),
            json.getString("uploadedBy", "import"));
    long id = uploaded.id();
    ctx.mediaNames.put(id, uploaded.fileName());
    parts.remember(ctx, ImportContext.MEDIA, json.getJsonNumber("id").longValue(), id);
    return id;
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
      item = ArchiveTargets.item(ctx, json.getJsonNumber("item").longValue(), "menu");
    }
    long id =
        menus.add(
            MenuName.valueOf(json.getString("menu")),
            new LanguageTag(json.getString("language")),
            parent,
            json.getString("label"),
            item,
            ArchiveReferences.moveAddress(json.getString("url", null), ctx.source, ctx.target));
    parts.remember(ctx, ImportContext.MENU, json.getJsonNumber("id").longValue(), id);
    menuChanged.fire(
        new org.meridian.content.menu.MenuChanged(
            tenant.require().code(),
            new LanguageTag(json.getString("language")),
            MenuName.valueOf(json.getString("menu")),
            "entry " + id + " '" + json.getString("label") + "' imported",
            actor));
    return id;
  }
}
