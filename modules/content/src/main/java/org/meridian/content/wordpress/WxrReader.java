package org.meridian.content.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.meridian.content.archive.ArchiveRefusedException;
import org.meridian.tenancy.Refusal;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2: RSS 2.0 with WordPress' {@code wp:} elements) as a
 * stream with StAX: the site's details, authors, categories and tags, then each item handed over
 * one at a time. No DTD and no external entity is ever read (an export that declares one is
 * refused).
 */
final class WxrReader {

  /** The site as the export describes it, before its items. */
  static final class Site {
    String title = "";
    String language = "";
    String version = "";
    String baseSiteUrl = "";
    String baseBlogUrl = "";
    final Map<String, String[]> authors = new LinkedHashMap<>(); // login → {email, name}
    final Map<String, String> categories = new LinkedHashMap<>(); // nicename → name
    final Map<String, String> tags = new LinkedHashMap<>(); // slug → name
  }

  private WxrReader() {}

  /**
   * Reads {@code file}, filling {@code site} and handing each item to {@code items}.
   *
   * @throws ArchiveRefusedException when the file is not well-formed XML or not a WXR export
   */
  static void read(Path file, Site site, Consumer<WxrItem> items) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      try {
        read(xml, site, items);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "wordpress.not_xml_0",
              "The file is not a readable WordPress export (WXR): {0}",
              e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ")),
          e);
    } catch (IOException e) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "wordpress.not_xml_0",
              "The file is not a readable WordPress export (WXR): {0}",
              String.valueOf(e.getMessage())),
          e);
    }
    if (site.version.isEmpty()) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "wordpress.no_wxr_version",
              "The file has no wp:wxr_version: it is not a WordPress export (WXR)."));
    }
    if (!site.version.matches("1\\.[012]")) {
      throw new ArchiveRefusedException(
          Refusal.of(
              "wordpress.version_0_unknown",
              "The export is WXR version {0}; Meridian reads versions 1.0 to 1.2.",
              site.version));
    }
  }

  private static void read(XMLStreamReader xml, Site site, Consumer<WxrItem> items)
      throws XMLStreamException {
    Deque<String> path = new ArrayDeque<>();
    WxrItem item = null;
    String[] author = null;
    String authorLogin = null;
    String termSlug = null;
    String termName = null;
    String metaKey = null;
    String categoryDomain = null;
    String categoryNicename = null;
    StringBuilder text = new StringBuilder();
    while (xml.hasNext()) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.DTD ->
            throw new XMLStreamException("a document type declaration is not accepted");
        case XMLStreamConstants.START_ELEMENT -> {
          String name = xml.getLocalName();
          path.push(name);
          text.setLength(0);
          if (name.equals("item")) {
            item = new WxrItem();
          } else if (name.equals("author") && item == null) {
            author = new String[] {"", ""};
            authorLogin = "";
          } else if ((name.equals("category") || name.equals("tag")) && item == null) {
            termSlug = "";
            termName = "";
          } else if (name.equals("category") && item != null) {
            categoryDomain = xml.getAttributeValue(null, "domain");
            categoryNicename = xml.getAttributeValue(null, "nicename");
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        case XMLStreamConstants.END_ELEMENT -> {
          String name = xml.getLocalName();
          String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
          String value = text.toString();
          path.pop();
          if (item != null) {
            item = itemField(item, name, ns, value, items, categoryDomain, categoryNicename);
            if (name.equals("meta_key")) {
              metaKey = value.strip();
            } else if (name.equals("meta_value") && item != null && metaKey != null) {
              item.meta.put(metaKey, value);
            }
          } else if (author != null) {
            switch (name) {
              case "author_login" -> authorLogin = value.strip();
              case "author_email" -> author[0] = value.strip();
              case "author_display_name" -> author[1] = value.strip();
              case "author" -> {
                site.authors.put(authorLogin, author);
                author = null;
              }
              default -> {}
            }
          } else if (termSlug != null) {
            switch (name) {
              case "category_nicename", "tag_slug" -> termSlug = value.strip();
              case "cat_name", "tag_name" -> termName = value.strip();
              case "category" -> {
                site.categories.put(termSlug, termName);
                termSlug = null;
              }
              case "tag" -> {
                site.tags.put(termSlug, termName);
                termSlug = null;
              }
              default -> {}
            }
          } else if (path.size() == 2 && path.peek().equals("channel")) {
            switch (name) {
              case "title" -> site.title = value.strip();
              case "language" -> site.language = value.strip();
              case "wxr_version" -> site.version = value.strip();
              case "base_site_url" -> site.baseSiteUrl = value.strip();
              case "base_blog_url" -> site.baseBlogUrl = value.strip();
              default -> {}
            }
          }
          text.setLength(0);
        }
        default -> {}
      }
    }
  }

  /** Records an item's field; returns {@code null} once the item ended (handed over). */
  private static WxrItem itemField(
      WxrItem item,
      String name,
      String ns,
      String value,
      Consumer<WxrItem> items,
      String domain,
      String nicename) {
    switch (name) {
      case "title" -> item.title = value.strip();
      case "link" -> item.link = value.strip();
      case "creator" -> item.creator = value.strip();
      case "encoded" -> {
        if (ns.contains("excerpt")) {
          item.excerpt = value;
        } else {
          item.content = value;
        }
      }
      case "post_id" -> item.id = number(value);
      case "post_name" -> item.slug = value.strip();
      case "status" -> item.status = value.strip();
      case "post_parent" -> item.parent = number(value);
      case "post_type" -> item.type = value.strip();
      case "post_date_gmt" -> item.dateGmt = value.strip();
      case "attachment_url" -> item.attachmentUrl = value.strip();
      case "category" -> {
        String slug = nicename == null ? value.strip() : nicename;
        if ("post_tag".equals(domain)) {
          item.tags.add(slug);
        } else if ("category".equals(domain)) {
          item.categories.add(slug);
        }
      }
      case "item" -> {
        items.accept(item);
        return null;
      }
      default -> {}
    }
    return item;
  }

  private static long number(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
