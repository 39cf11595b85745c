package org.meridian.site;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.meridian.content.LiveItem;
import org.meridian.content.Slug;
import org.meridian.content.alert.ShownAlert;
import org.meridian.content.menu.MenuEntry;
import org.meridian.content.search.SearchQuery;
import org.meridian.site.view.Card;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.Crumbs;
import org.meridian.site.view.Head;
import org.meridian.site.view.HomeView;
import org.meridian.site.view.Image;
import org.meridian.site.view.Links;
import org.meridian.site.view.MessageView;
import org.meridian.site.view.Templates;
import org.meridian.site.view.Words;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.LogoImage;
import org.meridian.tenancy.office.OfficeRef;

/**
 * The office pages that are not lists or items — home, not found, gone, closed, maintenance, the
 * network's own pages — and the frame every page shares ({@link #chrome}): each fills its view
 * record and renders its template ({@code src/main/jte}). No markup is written here.
 */
final class SitePages {

  private SitePages() {}

  /**
   * The page's office and language, the URL prefix of this request ({@code ""} on the office's own
   * host, {@code /gambia} otherwise), the address the site is seen at for absolute links (the
   * office's own address on its own host, the configured public address otherwise), the office's
   * logo, its footer menu, the network alerts of the moment and the link to the network's
   * headquarters site ({@code null}: none).
   */
  record Context(
      OfficeRef office,
      LanguageTag language,
      String basePath,
      String publicUrl,
      LogoImage logo,
      List<MenuEntry> footer,
      List<ShownAlert> alerts,
      Chrome.Link network) {

    Context {
      footer = footer == null ? List.of() : List.copyOf(footer);
      alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    Context(
        OfficeRef office, LanguageTag language, String basePath, String publicUrl, LogoImage logo) {
      this(office, language, basePath, publicUrl, logo, List.of(), List.of(), null);
    }

    Context(OfficeRef office, LanguageTag language, String basePath, String publicUrl) {
      this(office, language, basePath, publicUrl, null);
    }

    Context(OfficeRef office, LanguageTag language, String basePath) {
      this(office, language, basePath, "http://localhost:8080");
    }

    /** The same page context with the office's footer menu in its language. */
    Context withFooter(List<MenuEntry> footerMenu) {
      return new Context(office, language, basePath, publicUrl, logo, footerMenu, alerts, network);
    }

    /** The same without the logo (an archived office's logo is no longer served). */
    Context withoutLogo() {
      return new Context(office, language, basePath, publicUrl, null, footer, alerts, network);
    }

    /** The same with the network alerts shown on the page. */
    Context withAlerts(List<ShownAlert> shown) {
      return new Context(office, language, basePath, publicUrl, logo, footer, shown, network);
    }

    /** The same with a link to the network's headquarters site in the header and footer. */
    Context withNetwork(Chrome.Link link) {
      return new Context(office, language, basePath, publicUrl, logo, footer, alerts, link);
    }

    Words words() {
      return Words.of(language.value());
    }

    String home() {
      return basePath + "/" + language.value() + "/";
    }

    /** The absolute address of {@code path} below the language root (see {@link SiteAddress}). */
    String absolute(String path) {
      return SiteAddress.officeUrl(publicUrl + basePath, language, path);
    }

    /** The absolute address of {@code path} below another language's root. */
    String absolute(LanguageTag other, String path) {
      return SiteAddress.officeUrl(publicUrl + basePath, other, path);
    }

    String link(LiveItem item) {
      return home() + item.path();
    }
  }

  /**
   * What an office's home page shows besides its name: featured items, the latest news, the next
   * events (in the office's time zone) and the office's key sections; and their pictures, by item.
   */
  record HomeBlocks(
      List<LiveItem> featured,
      List<LiveItem> news,
      List<LiveItem> events,
      List<LiveItem> sections,
      Map<Long, Image> images,
      Image banner) {

    HomeBlocks(
        List<LiveItem> featured,
        List<LiveItem> news,
        List<LiveItem> events,
        List<LiveItem> sections) {
      this(featured, news, events, sections, Map.of(), null);
    }

    HomeBlocks(
        List<LiveItem> featured,
        List<LiveItem> news,
        List<LiveItem> events,
        List<LiveItem> sections,
        Map<Long, Image> images) {
      this(featured, news, events, sections, images, null);
    }
  }

  static String home(Context site, List<MenuEntry> menu, List<LiveItem> news) {
    return home(site, menu, new HomeBlocks(List.of(), news, List.of(), List.of()));
  }

  static String home(Context site, List<MenuEntry> menu, HomeBlocks blocks) {
    // The lead story opens the first block that has items: the most recently featured item, or
    // else the newest news, shown wide with its picture.
    // Only the page's first picture loads at once (it is near the top: a lazy one there would hold
    // back the largest paint); every later one loads lazily, whichever block it is in.
    List<Card> featured = cards(site, blocks.featured(), blocks.images(), true, true);
    boolean pictureAbove = featured.stream().anyMatch(card -> card.image() != null);
    List<Card> news = cards(site, blocks.news(), blocks.images(), false, !pictureAbove);
    Card lead = !featured.isEmpty() ? featured.get(0) : news.isEmpty() ? null : news.get(0);
    String name = site.office().name(site.language());
    String tagline = site.office().branding().tagline(site.language());
    return Templates.render(
        "home.jte",
        new HomeView(
            chrome(site, name, PageHead.home(site), menu, Map.of()),
            name,
            tagline,
            blocks.banner(),
            lead,
            featured,
            news,
            site.home() + NewsPages.PATH,
            blocks.events().stream().map(e -> ListingPages.card(site, e)).toList(),
            site.home() + ListingPages.EVENTS,
            blocks.sections().stream().map(s -> section(site, s)).toList()));
  }

  /** A key section as a card: its title and summary, no date (a section is not news). */
  private static Card section(Context site, LiveItem page) {
    return new Card(
        site.link(page), page.title(), null, null, null, page.summary(), null, List.of());
  }

  /** Cards of a block; when {@code firstEager}, the block's first picture loads at once. */
  private static List<Card> cards(
      Context site,
      List<LiveItem> items,
      Map<Long, Image> images,
      boolean withKind,
      boolean firstEager) {
    List<Card> cards = new ArrayList<>(items.size());
    boolean eager = firstEager;
    for (LiveItem item : items) {
      Image image = images.get(item.itemId());
      cards.add(
          card(
              site, item, image == null ? null : image.as(HeroImage.CARD_SIZES, !eager), withKind));
      eager &= image == null;
    }
    return cards;
  }

  /** An item as a card: its type as its kind when asked, its date when it has one. */
  static Card card(Context site, LiveItem item, Image image, boolean withKind) {
    return new Card(
        site.link(item),
        item.title(),
        withKind ? site.words().get("type." + item.type().name()) : null,
        date(site, item),
        null,
        item.summary(),
        image,
        List.of());
  }

  /** The trail from the office's home to the current page. */
  static Crumbs crumbs(Context site, List<Chrome.Link> above, String current) {
    List<Chrome.Link> steps = new ArrayList<>();
    steps.add(new Chrome.Link(site.words().get("home"), site.home()));
    steps.addAll(above);
    return new Crumbs(steps, current);
  }

  /** The breadcrumb trail alone, as HTML (for tests of its words and order). */
  static String breadcrumbs(Context site, List<Chrome.Link> above, String current) {
    return Templates.render(
        "crumbs.jte", Map.of("crumbs", crumbs(site, above, current), "w", site.words()));
  }

  /** The steps between the home and an item: its list (news, events…) or its parent pages. */
  static List<Chrome.Link> crumbsAbove(Context site, LiveItem item, List<LiveItem> parents) {
    Words w = site.words();
    return switch (item.type()) {
      case NEWS -> List.of(new Chrome.Link(w.get("news"), site.home() + NewsPages.PATH));
      case EVENT -> List.of(new Chrome.Link(w.get("events"), site.home() + ListingPages.EVENTS));
      case PUBLICATION ->
          List.of(new Chrome.Link(w.get("publications"), site.home() + ListingPages.PUBLICATIONS));
      default -> parents.stream().map(p -> new Chrome.Link(p.title(), site.link(p))).toList();
    };
  }

  static String notFound(Context site, List<MenuEntry> menu) {
    return message(site, menu, "notFound", "notFoundText", true);
  }

  /**
   * 410: an address that showed an item once, now offline or in the trash. In the office's look and
   * language, with its menus, and not for search engines.
   */
  static String gone(Context site, List<MenuEntry> menu) {
    return message(site, menu, "gone", "goneText", true);
  }

  /** 410 for every address of an archived office: in its default language, without menus. */
  static String officeGone(Context site) {
    Words w = site.words();
    return Templates.render(
        "message.jte",
        new MessageView(
            chrome(site, w.get("officeGone"), PageHead.notIndexed(site), List.of(), Map.of())
                .withoutSearch(),
            w.get("officeGone"),
            w.get("officeGoneText"),
            List.of(new Chrome.Link(w.get("allOffices"), "/")),
            "links"));
  }

  static String maintenance(Context site) {
    Words w = site.words();
    return Templates.render(
        "message.jte",
        new MessageView(
            chrome(site, w.get("maintenance"), PageHead.notIndexed(site), List.of(), Map.of())
                .withoutSearch(),
            w.get("maintenance"),
            w.get("maintenanceText"),
            List.of(),
            "links"));
  }

  /** A page that says something, with a link home; not for search engines. */
  static String message(
      Context site, List<MenuEntry> menu, String headingKey, String textKey, boolean homeLink) {
    Words w = site.words();
    return Templates.render(
        "message.jte",
        new MessageView(
            chrome(site, w.get(headingKey), PageHead.notIndexed(site), menu, Map.of()),
            w.get(headingKey),
            w.get(textKey),
            homeLink ? List.of(new Chrome.Link(w.get("home"), site.home())) : List.of(),
            "links"));
  }

  /**
   * The network's own pages (the list of offices, the 404 of unknown addresses, an error), in
   * English: {@code links} under the heading.
   */
  static String network(String headingKey, String textKey, List<Chrome.Link> links, boolean index) {
    Words w = Words.of("en");
    String heading = headingKey == null ? "Meridian" : w.get(headingKey);
    Chrome chrome =
        new Chrome(
            w,
            "en",
            "ltr",
            heading.equals("Meridian") ? heading : heading + " | Meridian",
            index
                ? new Head(
                    null,
                    "/",
                    null,
                    null,
                    "",
                    "website",
                    "Meridian",
                    "en",
                    null,
                    null,
                    List.of(),
                    null)
                : Head.notIndexed("noindex", "Meridian"),
            "Meridian",
            "/",
            null,
            null,
            List.of(),
            List.of(),
            null,
            SearchQuery.MAX_LENGTH,
            List.of(),
            Chrome.Contact.NONE,
            List.of(),
            List.of(),
            null,
            Chrome.Tokens.DEFAULT,
            Assets.shared().paths());
    return Templates.render(
        "message.jte",
        new MessageView(
            chrome,
            headingKey == null ? w.get("networkTitle") : heading,
            textKey == null ? null : w.get(textKey),
            links,
            "offices"));
  }

  /**
   * 503 while the database cannot be reached and no copy of the asked page was kept: the network's
   * page, in English (no office was read), with a link to the list of offices.
   */
  static String unavailable() {
    return network(
        "unavailable",
        "unavailableText",
        List.of(new Chrome.Link(Words.of("en").get("allOffices"), "/")),
        false);
  }

  /** The office's design tokens: its colours, each checked {@code #rrggbb} again on the way out. */
  static Chrome.Tokens tokens(OfficeRef office) {
    var colours = office.branding().colours();
    return new Chrome.Tokens(
        colours.primary().hex(),
        colours.onPrimary().hex(),
        colours.accent().hex(),
        colours.onAccent().hex());
  }

  /**
   * The frame of an office page: {@code title} (the office's name is added), its head, the main
   * menu, and {@code versions}, the page's own versions in other languages (the language switcher
   * leads there, or to the other languages' homes).
   */
  static Chrome chrome(
      Context site,
      String title,
      PageHead head,
      List<MenuEntry> menu,
      Map<LanguageTag, Slug> versions) {
    Words w = site.words();
    OfficeRef office = site.office();
    String officeName = office.name(site.language());
    List<Chrome.LanguageLink> languages = new ArrayList<>();
    if (office.languages().size() > 1) {
      for (LanguageTag other : office.languages()) {
        languages.add(
            new Chrome.LanguageLink(
                other.value(),
                other.locale().getDisplayLanguage(other.locale()),
                site.basePath()
                    + "/"
                    + other.value()
                    + "/"
                    + (versions.containsKey(other) ? versions.get(other).value() : ""),
                other.equals(site.language())));
      }
    }
    var contact = office.contact();
    Chrome.Contact shown =
        contact == null
            ? Chrome.Contact.NONE
            : new Chrome.Contact(
                contact.postalAddress(),
                contact.email(),
                contact.phone(),
                contact.phone() == null ? null : contact.phone().replaceAll("[^+0-9]", ""));
    List<Chrome.Link> social = new ArrayList<>();
    office.socialLinks().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            link -> {
              String href = Links.safe(link.getValue());
              if (href != null) {
                social.add(new Chrome.Link(socialName(link.getKey()), href));
              }
            });
    Image logo = null;
    if (site.logo() != null) {
      logo =
          new Image(
              site.basePath() + "/logo?v=" + site.logo().sha256().substring(0, 16),
              null,
              null,
              "",
              (int) Math.round(site.logo().width() * (48.0 / site.logo().height())),
              48,
              false,
              null);
    }
    return new Chrome(
        w,
        site.language().value(),
        site.language().direction(),
        title.equals(officeName) ? title : title + " | " + officeName,
        head.toView(site),
        officeName,
        site.home(),
        logo,
        site.network(),
        menuLinks(menu),
        languages,
        site.home() + SearchPages.PATH,
        SearchQuery.MAX_LENGTH,
        menuLinks(site.footer()),
        shown,
        social,
        AlertBanner.views(site.alerts(), site.language()),
        null,
        tokens(office),
        Assets.shared().paths(office.branding().variant()));
  }

  static List<Chrome.MenuLink> menuLinks(List<MenuEntry> entries) {
    return entries.stream()
        .map(e -> new Chrome.MenuLink(e.label(), Links.safe(e.href()), menuLinks(e.children())))
        .toList();
  }

  private static String socialName(String network) {
    return network.equals("X")
        ? "X"
        : network.charAt(0) + network.substring(1).toLowerCase(Locale.ROOT);
  }

  /** When an item was first published, in the office's time zone; {@code null} if never. */
  static Card.Moment date(Context site, LiveItem item) {
    if (item.firstPublishedAt() == null) {
      return null;
    }
    ZoneId zone = site.office().timeZone();
    var when = item.firstPublishedAt().atZone(zone);
    return new Card.Moment(
        when.toLocalDate().toString(),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(site.language().locale())
            .format(when));
  }
}
