package org.meridian.content.wordpress;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.archive.ArchiveFormat;
import org.meridian.content.archive.ArchiveWriter;
import org.meridian.content.archive.ImportReport;
import org.meridian.content.fields.Jsons;
import org.meridian.tenancy.Refusal;

/**
 * Turns a WordPress export (WXR) and the folder of its uploaded files into an office archive
 * ({@code docs/archive.md}), which the archive import then brings in: posts become news, pages keep
 * their hierarchy, categories are matched to the network's themes and tags become the office's
 * tags, attachments found in the folder become library files, slugs are kept, links to the site's
 * own posts, pages and uploads are rewritten to their new addresses, authors are mapped to people.
 * Two passes over the export, each streamed: the first indexes ids, slugs and addresses (not the
 * texts), the second writes the items one at a time.
 */
final class WxrConverter {

  /** What the conversion found: counts, and notes for the report. */
  static final class Result {
    final ImportReport notes;
    final Map<String, Integer> counts = new LinkedHashMap<>();

    Result(String office) {
      this.notes = new ImportReport(office);
    }

    void count(String what) {
      counts.merge(what, 1, Integer::sum);
    }
  }

  private final Path wxr;
  private final Path uploads;
  private final String office;
  private final String language;
  private final Map<String, String> authorMap;
  private final Instant createdAt;
  private final WxrReader.Site site = new WxrReader.Site();
  private final WxrIndex index = new WxrIndex();
  private final WxrLinks links;

  /**
   * @param uploads the folder of the site's {@code wp-content/uploads} ({@code null}: no files)
   * @param authorMap WordPress logins to Meridian accounts' e-mail addresses
   */
  WxrConverter(
      Path wxr,
      Path uploads,
      String office,
      String language,
      Map<String, String> authorMap,
      Instant createdAt) {
    this.createdAt = createdAt;
    this.wxr = wxr;
    this.uploads = uploads;
    this.office = office;
    this.language = language;
    this.authorMap = Map.copyOf(authorMap);
    this.links = new WxrLinks(index, site, office, language);
  }

  /** Writes the archive to {@code out}. */
  Result convert(OutputStream out) throws IOException {
    Result result = new Result(office);
    WxrReader.read(wxr, site, index::add);
    index.resolvePaths();
    site.tags.keySet().forEach(index::addTag);
    try (ArchiveWriter writer = new ArchiveWriter(out)) {
      writer.object(ArchiveFormat.OFFICE, officeJson());
      writeMedia(writer, result);
      try (var docs = writer.documents(ArchiveFormat.ITEMS)) {
        WxrReader.read(
            wxr,
            new WxrReader.Site(),
            item -> {
              JsonObjectBuilder json = item(item, result);
              if (json != null) {
                docs.add(json.build());
                writer.count("revisions", 1);
              }
            });
      }
      try (var tags = writer.documents(ArchiveFormat.TAGS)) {
        index
            .tagIds()
            .forEach(
                (slug, id) ->
                    tags.add(
                        Jsons.createObjectBuilder()
                            .add("id", id)
                            .add("name", site.tags.getOrDefault(slug, slug))
                            .add("slug", slug)
                            .build()));
      }
      try (var themes = writer.documents(ArchiveFormat.THEMES)) {
        site.categories.forEach(
            (slug, name) ->
                themes.add(
                    Jsons.createObjectBuilder()
                        .add("code", slug)
                        .add("names", Jsons.createObjectBuilder().add(language, name))
                        .build()));
      }
      try (var menus = writer.documents(ArchiveFormat.MENUS)) {
        // WordPress menus (nav_menu_item) are not carried: the office keeps its own.
      }
      writer.finish(
          "Meridian WordPress import",
          createdAt,
          Jsons.createObjectBuilder()
              .add("office", office)
              .add("liveOnly", false)
              .add("wordpress", site.baseSiteUrl)
              .build());
    }
    return result;
  }

  /** The office as the archive describes it (unused when it exists: WordPress imports into one). */
  private jakarta.json.JsonObject officeJson() {
    return Jsons.createObjectBuilder()
        .add("code", office)
        .add("type", "COUNTRY")
        .add("languages", Jsons.createArrayBuilder().add(language))
        .add("timeZone", "UTC")
        .add(
            "names",
            Jsons.createObjectBuilder().add(language, site.title.isBlank() ? office : site.title))
        .build();
  }

  private void writeMedia(ArchiveWriter writer, Result result) throws IOException {
    List<WxrIndex.Attachment> found = new ArrayList<>();
    Map<Long, String> sha = new HashMap<>();
    for (WxrIndex.Attachment a : index.attachments()) {
      Path file = locate(a.entry());
      if (file == null) {
        result.notes.note(
            "media",
            a.id(),
            Refusal.of(
                "wordpress.file_0_not_found",
                "The uploaded file {0} is not in the folder of uploads: it is left out.",
                a.entry()));
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      writer.file(ArchiveFormat.mediaEntry(a.id(), a.fileName()), bytes);
      sha.put(a.id(), WxrValues.sha256(bytes));
      found.add(a);
      result.count("media");
    }
    index.keepAttachments(found.stream().map(WxrIndex.Attachment::id).toList());
    try (var media = writer.documents(ArchiveFormat.MEDIA)) {
      for (WxrIndex.Attachment a : found) {
        media.add(
            Jsons.createObjectBuilder()
                .add("id", a.id())
                .add("fileName", a.fileName())
                .add("title", a.title().isBlank() ? a.fileName() : a.title())
                .add("altText", a.alt())
                .add("decorative", false)
                .add("caption", "")
                .add("credit", "")
                .add("sha256", sha.get(a.id()))
                .add("uploadedBy", "wordpress")
                .add("file", ArchiveFormat.mediaEntry(a.id(), a.fileName()))
                .build());
      }
    }
  }

  /** Pass two: one post or page as the archive keeps it; {@code null} for what is not carried. */
  private JsonObjectBuilder item(WxrItem item, Result result) {
    if (!item.type.equals("post") && !item.type.equals("page")) {
      if (!item.type.equals("attachment")) {
        result.count("left out (" + (item.type.isEmpty() ? "no type" : item.type) + ")");
      }
      return null;
    }
    if (List.of("trash", "auto-draft", "inherit").contains(item.status)) {
      result.count("left out (" + item.status + ")");
      return null;
    }
    boolean page = item.type.equals("page");
    WxrIndex.Indexed indexed = index.item(item.id);
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("id", item.id)
            .add("type", page ? "PAGE" : "NEWS")
            .add("language", language)
            .add("slug", indexed.slug());
    if (!indexed.slug().equals(item.slug) && !item.slug.isBlank()) {
      result.notes.note(
          "item",
          item.id,
          Refusal.of(
              "wordpress.slug_0_becomes_1",
              "Its address '{0}' becomes '{1}' (the site uses '{0}' itself, or it is not a valid address).",
              item.slug,
              indexed.slug()));
    }
    WxrIndex.Indexed parent = page ? index.item(item.parent) : null;
    if (parent != null && parent.type().equals("page")) {
      json.add("parent", item.parent);
    }
    String author = authorMap.getOrDefault(item.creator, authorEmail(item.creator));
    if (author.contains("@")) {
      json.add("owner", author.toLowerCase(Locale.ROOT));
    }
    Instant date = WxrValues.date(item.dateGmt);
    boolean live = item.status.equals("publish");
    if (live && date != null) {
      json.add("firstPublishedAt", date.toString()).add("lastPublishedAt", date.toString());
    }
    if (item.status.equals("private") || item.status.equals("future")) {
      result.notes.note(
          "item",
          item.id,
          Refusal.of(
              "wordpress.status_0_draft",
              "It was '{0}' in WordPress: it comes in as a draft.",
              item.status));
    }
    JsonArrayBuilder themes = Jsons.createArrayBuilder();
    item.categories.forEach(themes::add);
    JsonArrayBuilder tags = Jsons.createArrayBuilder();
    item.tags.forEach(slug -> tags.add(index.tagId(slug)));
    json.add("themes", themes).add("tags", tags);
    JsonObjectBuilder revision =
        Jsons.createObjectBuilder()
            .add("number", 1)
            .add("title", item.title.isBlank() ? indexed.slug() : item.title)
            .add("summary", WxrValues.summary(item.excerpt))
            .add("body", links.rewrite(WxrValues.paragraphs(item.content), result, item.id))
            .add("author", author)
            .add("heroDecorative", false)
            .add("seoDescription", "")
            .add("fields", Jsons.createObjectBuilder());
    WxrIndex.Attachment hero = index.attachment(WxrValues.number(item.meta.get("_thumbnail_id")));
    if (hero != null) {
      revision
          .add("heroImage", hero.id())
          .add("heroAlt", hero.alt().isBlank() ? hero.title() : hero.alt());
    } else {
      revision.add("heroAlt", "");
    }
    json.add("revisions", Jsons.createArrayBuilder().add(revision));
    if (live) {
      json.add("live", 1);
    }
    result.count(page ? "pages" : "news");
    return json;
  }

  private Path locate(String relative) {
    if (uploads == null || relative.isEmpty()) {
      return null;
    }
    Path root = uploads.normalize();
    for (String candidate : List.of(relative, relative.substring(relative.lastIndexOf('/') + 1))) {
      Path file = root.resolve(candidate).normalize();
      // Never outside the folder, whatever the export says ("../../etc/passwd").
      if (file.startsWith(root) && Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  private String authorEmail(String login) {
    String[] author = site.authors.get(login);
    return author != null && !author[0].isBlank()
        ? author[0]
        : (login.isBlank() ? "wordpress" : login);
  }
}
