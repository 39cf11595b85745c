package org.meridian.site;

import static org.meridian.site.Html.escape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The HTML of public pages: one base layout, system fonts, a few hundred bytes of CSS, no
 * JavaScript. Text is escaped here; item bodies were sanitised when they were saved.
 */
final class SitePages {

  private static final String CSS =
      "body{margin:0;font:1rem/1.55 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
          + "color:#1b1b1b;background:#fff}"
          + "a{color:var(--accent,#0b4f8a)}"
          + "header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}"
          + "header{border-bottom:4px solid var(--accent,#0b4f8a);padding-block:1rem}"
          + "header .office{font-weight:700;font-size:1.25rem;text-decoration:none;color:inherit}"
          + "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}"
          + "footer{border-top:1px solid #ccc;margin-top:3rem;padding-block:1rem;font-size:.875rem}"
          + ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}"
          + "time{color:#555;font-size:.875rem}"
          + "footer ul.contact{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}"
          + "address{font-style:normal;white-space:pre-line}"
          + "header .logo{vertical-align:middle;margin-right:.5rem;max-width:12rem;height:auto}"
          + ".kind{text-transform:uppercase;font-size:.8rem;letter-spacing:.05em;color:#555}"
          + "blockquote{margin:1rem 0;border-left:4px solid var(--accent,#0b4f8a);padding-left:1rem}"
          + ".contact-card,.publication{margin:1rem 0}dt{font-weight:600}dd{margin:0 0 .5rem}"
          + ".terms{border-top:1px solid #ccc;margin-top:2rem;font-size:.875rem}"
          + ".hero{margin:1rem 0}.hero img{max-width:100%;height:auto}"
          + ".hero figcaption{font-size:.8rem;color:#555}"
          // Bodies (issue 17): library figures, their places, video cards and tables.
          + "article img{max-width:100%;height:auto}figure{margin:1rem 0}"
          + "figcaption{font-size:.8rem;color:#555}"
          + "figure[data-align=start]{float:inline-start;max-width:50%;margin:0 0 .5rem;margin-inline-end:1rem}"
          + "figure[data-align=end]{float:inline-end;max-width:50%;margin:0 0 .5rem;margin-inline-start:1rem}"
          + "figure[data-align=center]{text-align:center}"
          + "table{border-collapse:collapse;display:block;overflow-x:auto}"
          + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:start}"
          + ".pager ul{list-style:none;padding:0;display:flex;gap:1rem}"
          + ".cover img{max-width:20rem;width:100%;height:auto}"
          + "ul.publications li{overflow:auto;margin-bottom:1rem}"
          + ".cover-thumb{float:left;margin:0 1rem .5rem 0;max-width:6rem;height:auto}"
          + ".file,.year{color:#555;font-size:.875rem}"
          + "form.search input{font:inherit;padding:.3rem;max-width:100%}"
          + "form.search button{font:inherit;padding:.3rem .75rem}"
          + "header form.search{margin-top:.5rem}"
          + "mark{background:#fff3a8;color:inherit;font-weight:600}"
          + ".search-results li{margin-bottom:1rem}.snippet{margin:.25rem 0}"
          + ".preview-banner{background:#fff3a8;border:2px solid #6b5200;padding:.5rem}"
          + ".crumbs ol{list-style:none;padding:0;margin:1rem 0 0;display:flex;flex-wrap:wrap;"
          + "font-size:.875rem}.crumbs li+li::before{content:'/';padding:0 .4rem;color:#555}"
          + ".share ul,.footer-menu ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;"
          + "gap:.25rem 1rem}.footer-menu ul ul{display:contents}"
          + ".home-block{margin-top:2rem}.more{font-size:.875rem}"
          + "form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}"
          + "form.filters label{display:block;font-size:.875rem}"
          + "form.filters select,form.filters button{font:inherit;padding:.25rem}"
          + "a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible"
          + "{outline:3px solid #1b1b1b;outline-offset:2px}";

  private SitePages() {}

  /**
   * The page's office and language, the URL prefix of this request ({@code ""} on the office's own
   * host, {@code /gambia} otherwise) and the site's configured public address for absolute links.
   */
  record Context(
      OfficeRef office,
      LanguageTag language,
      String basePath,
      String publicUrl,
      LogoImage logo,
      List<MenuEntry> footer) {

    Context {
      footer = footer == null ? List.of() : List.copyOf(footer);
    }

    Context(
        OfficeRef office, LanguageTag language, String basePath, String publicUrl, LogoImage logo) {
      this(office, language, basePath, publicUrl, logo, List.of());
    }

    /** The same page context with the office's footer menu in its language. */
    Context withFooter(List<MenuEntry> footerMenu) {
      return new Context(office, language, basePath, publicUrl, logo, footerMenu);
    }

    /** The same without the logo (an archived office's logo is no longer served). */
    Context withoutLogo() {
      return new Context(office, language, basePath, publicUrl, null, footer);
    }

    Context(OfficeRef office, LanguageTag language, String basePath, String publicUrl) {
      this(office, language, basePath, publicUrl, null);
    }

    Context(OfficeRef office, LanguageTag language, String basePath) {
      this(office, language, basePath, "http://localhost:8080");
    }

    String home() {
      return basePath + "/" + language.value() + "/";
    }

    /** The absolute, path-form address of {@code path} below the language root. */
    String absolute(String path) {
      return publicUrl + "/" + office.code() + "/" + language.value() + "/" + path;
    }

    String link(LiveItem item) {
      return home() + item.path();
    }
  }

  static String home(Context site, List<MenuEntry> menu, List<LiveItem> news) {
    return home(site, menu, new HomeBlocks(List.of(), news, List.of(), List.of()));
  }

  /**
   * What an office's home page shows besides its name: featured items, the latest news, the next
   * events (in the office's time zone) and the office's key sections. A block shows only when it
   * has something; the news block says so when there is no news yet.
   */
  record HomeBlocks(
      List<LiveItem> featured,
      List<LiveItem> news,
      List<LiveItem> events,
      List<LiveItem> sections) {}

  static String home(Context site, List<MenuEntry> menu, HomeBlocks blocks) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(escape(site.office().name(site.language()))).append("</h1>");
    if (!blocks.featured().isEmpty()) {
      main.append("<section class=\"home-block featured\" aria-labelledby=\"featured\">")
          .append("<h2 id=\"featured\">")
          .append(words(site, "featured"))
          .append("</h2><ul class=\"featured\">");
      for (LiveItem item : blocks.featured()) {
        main.append("<li><span class=\"kind\">")
            .append(words(site, "type." + item.type().name()))
            .append("</span> ")
            .append(linkTo(site, item))
            .append(summaryOf(item))
            .append("</li>");
      }
      main.append("</ul></section>");
    }
    main.append("<section class=\"home-block latest-news\" aria-labelledby=\"latest-news\">")
        .append("<h2 id=\"latest-news\">")
        .append(words(site, "latestNews"))
        .append("</h2>");
    appendNews(site, main, blocks.news());
    if (!blocks.news().isEmpty()) {
      main.append("<p class=\"more\"><a href=\"")
          .append(escape(site.home() + "news"))
          .append("\">")
          .append(words(site, "allNews"))
          .append("</a></p>");
    }
    main.append("</section>");
    if (!blocks.events().isEmpty()) {
      main.append("<section class=\"home-block upcoming-events\" aria-labelledby=\"events\">")
          .append("<h2 id=\"events\">")
          .append(words(site, "upcomingEvents"))
          .append("</h2><ul class=\"events\">");
      for (LiveItem event : blocks.events()) {
        main.append("<li>")
            .append(linkTo(site, event))
            .append(ListingPages.when(site, event))
            .append("</li>");
      }
      main.append("</ul><p class=\"more\"><a href=\"")
          .append(escape(site.home() + ListingPages.EVENTS))
          .append("\">")
          .append(words(site, "allEvents"))
          .append("</a></p></section>");
    }
    if (!blocks.sections().isEmpty()) {
      main.append("<section class=\"home-block key-sections\" aria-labelledby=\"sections\">")
          .append("<h2 id=\"sections\">")
          .append(words(site, "keySections"))
          .append("</h2><ul class=\"sections\">");
      for (LiveItem section : blocks.sections()) {
        main.append("<li>")
            .append(linkTo(site, section))
            .append(summaryOf(section))
            .append("</li>");
      }
      main.append("</ul></section>");
    }
    return layout(
        site, site.office().name(site.language()), PageHead.home(site), menu, main.toString());
  }

  /** A link to an item's page, its title as the text. */
  private static String linkTo(Context site, LiveItem item) {
    return "<a href=\"" + escape(site.link(item)) + "\">" + escape(item.title()) + "</a>";
  }

  /** An item's summary as a paragraph; nothing when it has none. */
  private static String summaryOf(LiveItem item) {
    return item.summary().isEmpty() ? "" : "<p>" + escape(item.summary()) + "</p>";
  }

  /** One step of a breadcrumb trail: its label and address ({@code null}: the page itself). */
  record Crumb(String label, String href) {}

  /**
   * The trail from the office's home to the current page, whose own step ({@code current}) is not a
   * link and is marked as the current page.
   */
  static String breadcrumbs(Context site, List<Crumb> above, String current) {
    StringBuilder html = new StringBuilder("<nav class=\"crumbs\" aria-label=\"");
    html.append(words(site, "breadcrumb")).append("\"><ol><li><a href=\"");
    html.append(escape(site.home())).append("\">").append(words(site, "home")).append("</a></li>");
    for (Crumb crumb : above) {
      html.append("<li><a href=\"")
          .append(escape(crumb.href()))
          .append("\">")
          .append(escape(crumb.label()))
          .append("</a></li>");
    }
    html.append("<li aria-current=\"page\">").append(escape(current)).append("</li></ol></nav>");
    return html.toString();
  }

  /** The steps between the home and an item: its list (news, events…) or its parent pages. */
  static List<Crumb> crumbsAbove(Context site, LiveItem item, List<LiveItem> parents) {
    String list =
        switch (item.type()) {
          case NEWS -> "news";
          case EVENT -> ListingPages.EVENTS;
          case PUBLICATION -> ListingPages.PUBLICATIONS;
          default -> null;
        };
    if (list != null) {
      String label =
          SiteWords.of(
              site.language(),
              switch (item.type()) {
                case NEWS -> "news";
                case EVENT -> "events";
                default -> "publications";
              });
      return List.of(new Crumb(label, site.home() + list));
    }
    return parents.stream().map(p -> new Crumb(p.title(), site.link(p))).toList();
  }

  /**
   * An item's page with its type's own fields; {@code references} are the live items it points at
   * (contact cards, related items), {@code today} the date in the office's time zone; {@code
   * versions} are the live language versions of its translation set (empty when it has none), which
   * the language switcher and the {@code hreflang} alternates link to; {@code terms} the themes and
   * tags it carries, linked to their pages.
   */
  static String item(
      Context site,
      List<MenuEntry> menu,
      LiveItem item,
      java.util.Map<Long, LiveItem> references,
      java.time.LocalDate today,
      java.util.Map<LanguageTag, org.meridian.content.Slug> versions,
      ItemTerms terms) {
    return item(site, menu, item, references, today, versions, terms, java.util.Optional.empty());
  }

  /** The same, with the item's hero image from the media library when it has one. */
  static String item(
      Context site,
      List<MenuEntry> menu,
      LiveItem item,
      java.util.Map<Long, LiveItem> references,
      java.time.LocalDate today,
      java.util.Map<LanguageTag, org.meridian.content.Slug> versions,
      ItemTerms terms,
      java.util.Optional<org.meridian.content.media.MediaItem> hero) {
    return item(site, menu, item, references, today, versions, terms, hero, PublicationFiles.NONE);
  }

  /** The same, with a publication's cover and document files. */
  static String item(
      Context site,
      List<MenuEntry> menu,
      LiveItem item,
      java.util.Map<Long, LiveItem> references,
      java.time.LocalDate today,
      java.util.Map<LanguageTag, org.meridian.content.Slug> versions,
      ItemTerms terms,
      java.util.Optional<org.meridian.content.media.MediaItem> hero,
      PublicationFiles files) {
    return item(site, menu, item, references, today, versions, terms, hero, files, ItemExtras.NONE);
  }

  /**
   * What an item's page shows around the item itself: the live parent pages of a nested page (for
   * its breadcrumbs), items on the same theme (when an article names no related items of its own)
   * and, on the office's contact page, its live contact cards; and {@code canonicalUrl}, when not
   * null, the page's canonical address instead of its own (a shared copy points search engines at
   * its source).
   */
  record ItemExtras(
      List<LiveItem> parents,
      List<LiveItem> alsoOnTheme,
      boolean contactPage,
      List<LiveItem> contactCards,
      String canonicalUrl) {

    static final ItemExtras NONE = new ItemExtras(List.of(), List.of(), false, List.of(), null);

    ItemExtras withCanonicalUrl(String url) {
      return new ItemExtras(parents, alsoOnTheme, contactPage, contactCards, url);
    }
  }

  /** The same, with breadcrumbs, related items, share links and the contact page's details. */
  static String item(
      Context site,
      List<MenuEntry> menu,
      LiveItem item,
      java.util.Map<Long, LiveItem> references,
      java.time.LocalDate today,
      java.util.Map<LanguageTag, org.meridian.content.Slug> versions,
      ItemTerms terms,
      java.util.Optional<org.meridian.content.media.MediaItem> hero,
      PublicationFiles files,
      ItemExtras extras) {
    StringBuilder main = new StringBuilder();
    main.append(breadcrumbs(site, crumbsAbove(site, item, extras.parents()), item.title()));
    main.append("<article class=\"")
        .append(item.type().name().toLowerCase(java.util.Locale.ROOT))
        .append("\"><h1>")
        .append(escape(item.title()))
        .append("</h1>");
    main.append(ItemDetails.header(site, item));
    if (item.type() == ContentType.NEWS) {
      main.append("<p>").append(words(site, "published")).append(' ').append(date(site, item));
      main.append("</p>");
    }
    if (!item.summary().isEmpty()) {
      main.append("<p class=\"summary\"><strong>")
          .append(escape(item.summary()))
          .append("</strong></p>");
    }
    main.append(HeroImage.html(item.common(), hero));
    if (item.type() == ContentType.PUBLICATION) {
      main.append(files.coverFigure());
    }
    main.append(item.body());
    if (extras.contactPage()) {
      main.append(ContactPage.html(site, extras.contactCards()));
    }
    main.append(ItemDetails.footer(site, item, references, today));
    if (!extras.alsoOnTheme().isEmpty()) {
      main.append("<section class=\"related\"><h2>")
          .append(words(site, "related"))
          .append("</h2><ul>");
      for (LiveItem related : extras.alsoOnTheme()) {
        main.append("<li><a href=\"")
            .append(escape(site.link(related)))
            .append("\">")
            .append(escape(related.title()))
            .append("</a></li>");
      }
      main.append("</ul></section>");
    }
    if (item.type() == ContentType.PUBLICATION && !files.documents().isEmpty()) {
      main.append("<section class=\"downloads\">")
          .append(files.downloads(site, true))
          .append("</section>");
    }
    TaxonomyPages.appendTerms(site, main, terms);
    if (ShareLinks.isShared(item)) {
      main.append(ShareLinks.html(site, item));
    }
    main.append("</article>");
    return layout(
        site,
        item.title(),
        PageHead.item(site, item, versions, extras.canonicalUrl()),
        menu,
        main.toString(),
        versions);
  }

  static String notFound(Context site, List<MenuEntry> menu) {
    String main =
        "<h1>"
            + words(site, "notFound")
            + "</h1><p>"
            + words(site, "notFoundText")
            + "</p>"
            + "<p><a href=\""
            + escape(site.home())
            + "\">"
            + words(site, "home")
            + "</a></p>";
    return layout(site, words(site, "notFound"), PageHead.notIndexed(), menu, main);
  }

  /**
   * 410: an address that showed an item once, now offline or in the trash. In the office's look and
   * language, with its menus, and not for search engines.
   */
  static String gone(Context site, List<MenuEntry> menu) {
    String main =
        "<h1>"
            + words(site, "gone")
            + "</h1><p>"
            + words(site, "goneText")
            + "</p><p><a href=\""
            + escape(site.home())
            + "\">"
            + words(site, "home")
            + "</a></p>";
    return layout(site, words(site, "gone"), PageHead.notIndexed(), menu, main);
  }

  /** 410 for every address of an archived office: in its default language, without menus. */
  static String officeGone(Context site) {
    String main =
        "<h1>"
            + words(site, "officeGone")
            + "</h1><p>"
            + words(site, "officeGoneText")
            + "</p><p><a href=\"/\">Meridian</a></p>";
    return layout(site, words(site, "officeGone"), PageHead.notIndexed(), List.of(), main);
  }

  static String maintenance(Context site) {
    String main =
        "<h1>" + words(site, "maintenance") + "</h1><p>" + words(site, "maintenanceText") + "</p>";
    return layout(site, words(site, "maintenance"), PageHead.notIndexed(), List.of(), main);
  }

  /** The network's own pages (the list of offices, the 404 of unknown addresses), in English. */
  static String network(String title, String mainHtml) {
    return "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>"
        + escape(title)
        + "</title><style>"
        + CSS
        + "</style></head><body><header><span class=\"office\">Meridian</span></header>"
        + "<main id=\"main\">"
        + mainHtml
        + "</main></body></html>";
  }

  static String layout(
      Context site, String title, PageHead head, List<MenuEntry> menu, String mainHtml) {
    return layout(site, title, head, menu, mainHtml, java.util.Map.of());
  }

  /**
   * The base layout. The language switcher leads to the page's own versions in {@code versions} and
   * to the home of every other language.
   */
  private static String layout(
      Context site,
      String title,
      PageHead head,
      List<MenuEntry> menu,
      String mainHtml,
      java.util.Map<LanguageTag, org.meridian.content.Slug> versions) {
    String officeName = site.office().name(site.language());
    String fullTitle = title.equals(officeName) ? title : title + " | " + officeName;
    StringBuilder html = new StringBuilder(4096);
    html.append("<!doctype html><html lang=\"")
        .append(escape(site.language().value()))
        .append("\" dir=\"")
        .append(site.language().direction())
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>")
        .append(escape(fullTitle))
        .append("</title>")
        .append(head.html(site, fullTitle))
        .append("<style>")
        .append(CSS)
        // The office's brand colour, checked for contrast with white when it was set.
        .append(":root{--accent:")
        .append(
            site.office().accentColour() == null ? "#0b4f8a" : site.office().accentColour().hex())
        .append("}</style></head><body><a class=\"skip\" href=\"#main\">")
        .append(words(site, "skip"))
        .append("</a><header><a class=\"office\" href=\"")
        .append(escape(site.home()))
        .append("\">");
    if (site.logo() != null) {
      // The office name is the link's text; the logo beside it says nothing more.
      html.append("<img class=\"logo\" alt=\"\" src=\"")
          .append(escape(site.basePath() + "/logo?v=" + site.logo().sha256().substring(0, 16)))
          .append("\" width=\"")
          .append(Math.round(site.logo().width() * (48.0 / site.logo().height())))
          .append("\" height=\"48\">");
    }
    html.append(escape(officeName))
        .append("</a><nav aria-label=\"")
        .append(words(site, "sections"))
        .append("\"><ul>");
    appendMenu(html, menu);
    html.append("</ul></nav>");
    if (site.office().languages().size() > 1) {
      html.append("<nav aria-label=\"Languages\"><ul>");
      for (LanguageTag other : site.office().languages()) {
        html.append("<li><a lang=\"")
            .append(escape(other.value()))
            .append("\" href=\"")
            .append(
                escape(
                    site.basePath()
                        + "/"
                        + other.value()
                        + "/"
                        + (versions.containsKey(other) ? versions.get(other).value() : "")))
            .append("\"")
            .append(other.equals(site.language()) ? " aria-current=\"true\"" : "")
            .append(">")
            .append(escape(other.locale().getDisplayLanguage(other.locale())))
            .append("</a></li>");
      }
      html.append("</ul></nav>");
    }
    // The site search, in every page's header: a plain GET form, no JavaScript.
    html.append("<form class=\"search\" role=\"search\" method=\"get\" action=\"")
        .append(escape(site.home() + SearchPages.PATH))
        .append("\"><label for=\"site-search\">")
        .append(words(site, "searchSite"))
        .append("</label> <input type=\"search\" id=\"site-search\" name=\"q\" maxlength=\"")
        .append(org.meridian.content.search.SearchQuery.MAX_LENGTH)
        .append("\"> <button type=\"submit\">")
        .append(words(site, "search"))
        .append("</button></form>");
    html.append("</header><main id=\"main\">").append(mainHtml).append("</main><footer>");
    if (!site.footer().isEmpty()) {
      html.append("<nav class=\"footer-menu\" aria-label=\"")
          .append(words(site, "footerMenu"))
          .append("\"><ul>");
      appendMenu(html, site.footer());
      html.append("</ul></nav>");
    }
    html.append("<p class=\"office-name\">").append(escape(officeName)).append("</p>");
    appendContact(html, site.office());
    html.append("</footer></body></html>");
    return html.toString();
  }

  /**
   * The office's public contact details and social links; plain links, nothing loaded from them.
   */
  private static void appendContact(StringBuilder html, OfficeRef office) {
    var contact = office.contact();
    if (contact != null && contact.postalAddress() != null) {
      html.append("<address>").append(escape(contact.postalAddress())).append("</address>");
    }
    html.append("<ul class=\"contact\">");
    if (contact != null && contact.email() != null) {
      html.append("<li><a href=\"mailto:")
          .append(escape(contact.email()))
          .append("\">")
          .append(escape(contact.email()))
          .append("</a></li>");
    }
    if (contact != null && contact.phone() != null) {
      html.append("<li><a href=\"tel:")
          .append(escape(contact.phone().replaceAll("[^+0-9]", "")))
          .append("\">")
          .append(escape(contact.phone()))
          .append("</a></li>");
    }
    office.socialLinks().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(
            link ->
                html.append("<li><a rel=\"noopener\" href=\"")
                    .append(escape(link.getValue()))
                    .append("\">")
                    .append(escape(socialName(link.getKey())))
                    .append("</a></li>"));
    html.append("</ul>");
  }

  private static String socialName(String network) {
    return network.equals("X")
        ? "X"
        : network.charAt(0) + network.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static void appendMenu(StringBuilder html, List<MenuEntry> entries) {
    for (MenuEntry entry : entries) {
      html.append("<li>");
      if (entry.href() == null) {
        html.append("<span>").append(escape(entry.label())).append("</span>");
      } else {
        html.append("<a href=\"")
            .append(escape(entry.href()))
            .append("\">")
            .append(escape(entry.label()))
            .append("</a>");
      }
      if (!entry.children().isEmpty()) {
        html.append("<ul>");
        appendMenu(html, entry.children());
        html.append("</ul>");
      }
      html.append("</li>");
    }
  }

  /** The office's news, newest first. */
  static String newsList(Context site, List<MenuEntry> menu, List<LiveItem> news) {
    StringBuilder main = new StringBuilder();
    main.append("<h1>").append(words(site, "news")).append("</h1>");
    appendNews(site, main, news);
    return layout(
        site,
        SiteWords.of(site.language(), "news"),
        PageHead.listing(site, "news"),
        menu,
        main.toString());
  }

  private static void appendNews(Context site, StringBuilder main, List<LiveItem> news) {
    appendItems(site, main, news, "noNews");
  }

  /** Items as a list of links with their date and summary; {@code emptyKey} says there are none. */
  static void appendItems(Context site, StringBuilder main, List<LiveItem> news, String emptyKey) {
    if (news.isEmpty()) {
      main.append("<p>").append(words(site, emptyKey)).append("</p>");
      return;
    }
    main.append("<ul class=\"news\">");
    for (LiveItem item : news) {
      main.append("<li><a href=\"")
          .append(escape(site.link(item)))
          .append("\">")
          .append(escape(item.title()))
          .append("</a> ")
          .append(date(site, item))
          .append("<p>")
          .append(escape(item.summary()))
          .append("</p></li>");
    }
    main.append("</ul>");
  }

  static String words(Context site, String key) {
    return escape(SiteWords.of(site.language(), key));
  }

  private static String date(Context site, LiveItem item) {
    if (item.firstPublishedAt() == null) {
      return "";
    }
    ZoneId zone = site.office().timeZone();
    var when = item.firstPublishedAt().atZone(zone);
    return "<time datetime=\""
        + when.toLocalDate()
        + "\">"
        + escape(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(site.language().locale())
                .format(when))
        + "</time>";
  }
}
