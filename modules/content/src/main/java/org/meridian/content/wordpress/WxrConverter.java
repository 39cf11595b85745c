package org.meridian.content.wordpress;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.content.ContentService;
import org.meridian.content.Slug;
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

  private record Indexed(String type, String slug, long parent, String path) {}

  private record Attachment(long id, String entry, String fileName, String title, String alt) {}

  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern LINK =
      Pattern.compile("((?:href|src)=[\"'])([^\"']*)([\"'])", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

  private final Path wxr;
  private final Path uploads;
  private final String office;
  private final String language;
  private final Map<String, String> authorMap;
  private final Instant createdAt;
  private final WxrReader.Site site = new WxrReader.Site();
  private final Map<Long, Indexed> items = new HashMap<>();
  private final Map<String, Long> byPath = new HashMap<>();
  private final Map<Long, Attachment> attachments = new LinkedHashMap<>();
  private final Map<String, Long> attachmentByPath = new HashMap<>();
  private final Map<String, Long> tagIds = new LinkedHashMap<>();

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
  }

  /** Writes the archive to {@code out}. */
  Result convert(OutputStream out) throws IOException {
    Result result = new Result(office);
    WxrReader.read(wxr, site, this::index);
    resolvePaths();
    site.tags.keySet().forEach(slug -> tagIds.computeIfAbsent(slug, s -> (long) tagIds.size() + 1));
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
        tagIds.forEach(
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

  /** Pass one: ids, types, slugs, parents and addresses; attachments and their files. */
  private void index(WxrItem item) {
    String path = pathOf(item.link);
    switch (item.type) {
      case "post", "page" -> {
        items.put(item.id, new Indexed(item.type, slug(item), item.parent, null));
        if (!path.isEmpty()) {
          byPath.put(path, item.id);
        }
      }
      case "attachment" -> {
        String url = item.attachmentUrl.isEmpty() ? item.link : item.attachmentUrl;
        String relative = uploadsPath(url);
        String name = safeName(relative.substring(relative.lastIndexOf('/') + 1));
        attachments.put(
            item.id,
            new Attachment(
                item.id,
                relative,
                name,
                item.title,
                item.meta.getOrDefault("_wp_attachment_image_alt", "")));
        attachmentByPath.put(pathOf(url), item.id);
      }
      default -> {}
    }
    item.tags.forEach(slug -> tagIds.computeIfAbsent(slug, s -> (long) tagIds.size() + 1));
  }

  /** Each page's address: its parents' slugs and its own. */
  private void resolvePaths() {
    Map<Long, Indexed> resolved = new HashMap<>();
    items.forEach(
        (id, indexed) -> {
          List<String> slugs = new ArrayList<>();
          Indexed at = indexed;
          for (int depth = 0; at != null && depth < 8; depth++) {
            slugs.add(0, at.slug());
            Indexed up = "page".equals(at.type()) ? items.get(at.parent()) : null;
            at = up != null && "page".equals(up.type()) ? up : null;
          }
          resolved.put(
              id,
              new Indexed(
                  indexed.type(), indexed.slug(), indexed.parent(), String.join("/", slugs)));
        });
    items.putAll(resolved);
  }

  private void writeMedia(ArchiveWriter writer, Result result) throws IOException {
    List<Attachment> found = new ArrayList<>();
    Map<Long, String> sha = new HashMap<>();
    for (Attachment a : attachments.values()) {
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
      sha.put(a.id(), sha256(bytes));
      found.add(a);
      result.count("media");
    }
    attachments.keySet().retainAll(found.stream().map(Attachment::id).toList());
    try (var media = writer.documents(ArchiveFormat.MEDIA)) {
      for (Attachment a : found) {
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
    Indexed indexed = items.get(item.id);
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
    Indexed parent = page ? items.get(item.parent) : null;
    if (parent != null && parent.type().equals("page")) {
      json.add("parent", item.parent);
    }
    String author = authorMap.getOrDefault(item.creator, authorEmail(item.creator));
    if (author.contains("@")) {
      json.add("owner", author.toLowerCase(Locale.ROOT));
    }
    Instant date = date(item.dateGmt);
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
    item.tags.forEach(slug -> tags.add(tagIds.get(slug)));
    json.add("themes", themes).add("tags", tags);
    JsonObjectBuilder revision =
        Jsons.createObjectBuilder()
            .add("number", 1)
            .add("title", item.title.isBlank() ? indexed.slug() : item.title)
            .add("summary", summary(item.excerpt))
            .add("body", rewriteLinks(paragraphs(item.content), result, item.id))
            .add("author", author)
            .add("heroDecorative", false)
            .add("seoDescription", "")
            .add("fields", Jsons.createObjectBuilder());
    Attachment hero = attachments.get(number(item.meta.get("_thumbnail_id")));
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

  /**
   * Rewrites the site's own links: uploads to library files, posts and pages to their addresses.
   */
  private String rewriteLinks(String html, Result result, long itemId) {
    Matcher m = LINK.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(2);
      String replacement = url;
      if (isOwn(url)) {
        String path = pathOf(url);
        Long attachment = attachmentByPath.get(path);
        if (attachment == null) {
          attachment = attachmentByPath.get(SIZE_SUFFIX.matcher(path).replaceFirst("$1"));
        }
        Long target = byPath.get(path);
        Long byId = idFromQuery(url);
        if (attachment != null && attachments.containsKey(attachment)) {
          replacement =
              "/media/"
                  + office
                  + "/"
                  + attachment
                  + "/original/"
                  + attachments.get(attachment).fileName();
        } else if (target != null || (byId != null && items.containsKey(byId))) {
          replacement =
              "/"
                  + office
                  + "/"
                  + language
                  + "/"
                  + items.get(target != null ? target : byId).path();
        } else if (path.startsWith("wp-content/uploads/")) {
          result.notes.note(
              "item",
              itemId,
              Refusal.of(
                  "wordpress.link_0_not_carried",
                  "Its link to {0} still leads to the old site: that file was not imported.",
                  url));
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Whether {@code url} is an address of the exported site: on its host (with any scheme, or none:
   * {@code //host/…}), or a path from its root ({@code /wp-content/uploads/…}, as WordPress writes
   * upload addresses when its content address is a path).
   */
  private boolean isOwn(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("/") && !lower.startsWith("//")) {
      return true;
    }
    for (String base : List.of(site.baseSiteUrl, site.baseBlogUrl)) {
      String host = host(base);
      if (host.isEmpty()) {
        continue;
      }
      for (String start : List.of("http://" + host, "https://" + host, "//" + host)) {
        // the host itself, not one that begins with its name (harbour.example.org.example.net)
        if (lower.startsWith(start)
            && (lower.length() == start.length()
                || "/?#:".indexOf(lower.charAt(start.length())) >= 0)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String host(String base) {
    try {
      String host = URI.create(base.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The path of an address, without slashes at either end; empty when it is not an address. */
  static String pathOf(String url) {
    try {
      URI uri = URI.create(url.strip().replace(" ", "%20"));
      String path =
          uri.getRawPath() == null
              ? ""
              : URLDecoder.decode(uri.getRawPath(), StandardCharsets.UTF_8);
      return path.replaceAll("^/+|/+$", "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static Long idFromQuery(String url) {
    Matcher m = Pattern.compile("[?&](?:p|page_id)=(\\d+)").matcher(url);
    return m.find() ? Long.parseLong(m.group(1)) : null;
  }

  /**
   * Where an upload's file is below the uploads folder: the path after {@code wp-content/uploads/}.
   */
  private static String uploadsPath(String url) {
    String path = pathOf(url);
    int at = path.indexOf("wp-content/uploads/");
    return at >= 0
        ? path.substring(at + "wp-content/uploads/".length())
        : path.substring(path.lastIndexOf('/') + 1);
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

  /** The item's slug: WordPress' own (decoded), valid and not one the site keeps for itself. */
  private static String slug(WxrItem item) {
    String wanted = URLDecoder.decode(item.slug.replace("+", "%2B"), StandardCharsets.UTF_8);
    Slug slug =
        Slug.parse(wanted)
            .orElseGet(
                () ->
                    Slug.fromTitle(
                        wanted.isBlank()
                            ? (item.title.isBlank() ? "item-" + item.id : item.title)
                            : wanted));
    if (ContentService.RESERVED_SLUGS.contains(slug.value())) {
      slug = Slug.fromTitle(slug.value() + "-" + item.type);
    }
    return slug.value();
  }

  private String authorEmail(String login) {
    String[] author = site.authors.get(login);
    return author != null && !author[0].isBlank()
        ? author[0]
        : (login.isBlank() ? "wordpress" : login);
  }

  private static Instant date(String gmt) {
    try {
      return gmt.isBlank() || gmt.startsWith("0000")
          ? null
          : LocalDateTime.parse(gmt, WP_DATE).toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String summary(String excerpt) {
    String text = excerpt.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
  }

  /**
   * WordPress keeps classic-editor posts as text with blank lines between paragraphs (its {@code
   * wpautop} adds the paragraphs when it shows them): do the same when the text has none.
   */
  static String paragraphs(String content) {
    if (content.isBlank()
        || content.matches("(?s).*<(p|div|h[1-6]|ul|ol|table|figure|blockquote)[\\s>].*")) {
      return content;
    }
    StringBuilder out = new StringBuilder();
    for (String para : content.strip().split("\\n\\s*\\n")) {
      out.append("<p>").append(para.strip().replace("\n", "<br>")).append("</p>");
    }
    return out.toString();
  }

  static String safeName(String name) {
    String decoded = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    int dot = decoded.lastIndexOf('.');
    String base = dot > 0 ? decoded.substring(0, dot) : decoded;
    String ext = dot > 0 ? decoded.substring(dot + 1).toLowerCase(Locale.ROOT) : "bin";
    String plain =
        java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    if (!ext.matches("[a-z]{3,4}")) {
      ext = "bin";
    }
    return (plain.isEmpty() ? "file" : plain) + "." + ext;
  }

  private static long number(String value) {
    try {
      return value == null ? 0 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
