package org.meridian.site.view;

import java.util.List;

/**
 * What the frame of every public page shows ({@code layout.jte}): the head, the header with the
 * office's logo, name, menus, languages and search, the alert banner, the footer with the office's
 * contact, social links, footer menu and the network's links. Every href here is already checked
 * ({@link Links#safe}).
 *
 * @param tokens the office's design tokens (its colours), written into the page's style
 * @param assets the addresses of the theme's fingerprinted files and the variant the office chose
 * @param previewNote the preview banner's text, {@code null} on a public page
 */
public record Chrome(
    Words words,
    String lang,
    String dir,
    String title,
    Head head,
    String officeName,
    String homeHref,
    Image logo,
    Link network,
    List<MenuLink> menu,
    List<LanguageLink> languages,
    String searchAction,
    int searchMaxLength,
    List<MenuLink> footerMenu,
    Contact contact,
    List<Link> social,
    List<AlertView> alerts,
    String previewNote,
    Tokens tokens,
    Assets assets) {

  public Chrome {
    menu = List.copyOf(menu);
    languages = List.copyOf(languages);
    footerMenu = List.copyOf(footerMenu);
    social = List.copyOf(social);
    alerts = List.copyOf(alerts);
  }

  /** The same frame with a preview banner and kept from search engines. */
  public Chrome asPreview(String note) {
    return new Chrome(
        words,
        lang,
        dir,
        title,
        head.notIndexed("noindex, nofollow"),
        officeName,
        homeHref,
        logo,
        network,
        menu,
        languages,
        searchAction,
        searchMaxLength,
        footerMenu,
        contact,
        social,
        alerts,
        note,
        tokens,
        assets);
  }

  /** The same frame without menus and search (a closed office, maintenance). */
  public Chrome withoutSearch() {
    return new Chrome(
        words,
        lang,
        dir,
        title,
        head,
        officeName,
        homeHref,
        logo,
        network,
        List.of(),
        languages,
        null,
        searchMaxLength,
        List.of(),
        contact,
        social,
        alerts,
        previewNote,
        tokens,
        assets);
  }

  /** A link: its text and checked address ({@code null}: shown as text). */
  public record Link(String text, String href) {}

  /** A menu entry with its checked address ({@code null} for a heading) and its children. */
  public record MenuLink(String label, String href, List<MenuLink> children) {
    public MenuLink {
      children = List.copyOf(children);
    }
  }

  /** Another language of the office: its name in itself, where it leads, whether it is this one. */
  public record LanguageLink(String lang, String name, String href, boolean current) {}

  /** The office's public contact details; each may be {@code null}. */
  public record Contact(String postalAddress, String email, String phone, String tel) {

    public static final Contact NONE = new Contact(null, null, null, null);

    public boolean isEmpty() {
      return postalAddress == null && email == null && phone == null;
    }
  }

  /**
   * A network alert: its text and link; {@code lang}/{@code dir} set when it is in another language
   * than the page.
   */
  public record AlertView(String text, String lang, String dir, String href, String linkLang) {}

  /**
   * The theme's files, by fingerprinted address: the network's style sheet, and the variant's
   * ({@code null} for the standard theme), loaded after it; {@code variant} names the variant
   * ({@code null}: standard), whose templates replace the network's where it has its own.
   */
  public record Assets(
      String stylesheet, String icons, String favicon, String variantStylesheet, String variant) {

    public Assets(String stylesheet, String icons, String favicon) {
      this(stylesheet, icons, favicon, null, null);
    }
  }

  /**
   * The office's design tokens, the custom properties its pages' style gives the theme: {@code
   * --primary}, {@code --on-primary}, {@code --accent}, {@code --on-accent}. Each is a colour
   * {@code #rrggbb} and nothing else, checked here too, since they are written into a style
   * element, where escaping for HTML does not stop CSS.
   */
  public record Tokens(String primary, String onPrimary, String accent, String onAccent) {

    private static final java.util.regex.Pattern COLOUR =
        java.util.regex.Pattern.compile("#[0-9a-f]{6}");

    public static final Tokens DEFAULT = new Tokens("#0b4f8a", "#ffffff", "#0b4f8a", "#ffffff");

    public Tokens {
      for (String colour : new String[] {primary, onPrimary, accent, onAccent}) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
          throw new IllegalArgumentException("A design token is a colour #rrggbb: " + colour);
        }
      }
    }
  }
}
