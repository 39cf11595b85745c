package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.site.view.Card;
import org.meridian.site.view.Chrome;
import org.meridian.site.view.Crumbs;
import org.meridian.site.view.Head;
import org.meridian.site.view.HomeView;
import org.meridian.site.view.Image;
import org.meridian.site.view.ItemView;
import org.meridian.site.view.JsonLd;
import org.meridian.site.view.ListView;
import org.meridian.site.view.MessageView;
import org.meridian.site.view.Pager;
import org.meridian.site.view.SearchView;
import org.meridian.site.view.Templates;
import org.meridian.site.view.ThemesView;
import org.meridian.site.view.Words;

/**
 * Every slot of every template gets a hostile string — markup, quotes that would close an
 * attribute, a {@code javascript:} address, a right-to-left override — and the page must come out
 * inert: no script but the JSON-LD block, no event-handler attribute, no scripting address in a
 * link or source, no direction override; and the text is still there, shown as text.
 */
class HostileStringsTest {

  private static final String RLO = "\u202E";

  private static Chrome chrome(String h, String lang, String variant) {
    Head head =
        new Head(
            null,
            h,
            h,
            h,
            h,
            h,
            h,
            h,
            h,
            h,
            List.of(new Head.Alternate(h, h)),
            new JsonLd(PageHead.JSON.createObjectBuilder().add("name", h).add("url", h).build()));
    return new Chrome(
        Words.of(lang),
        lang,
        "rtl",
        h,
        head,
        h,
        h,
        new Image(h, h, h, h, 10, 10, true, h),
        new Chrome.Link(h, h),
        List.of(new Chrome.MenuLink(h, h, List.of(new Chrome.MenuLink(h, h, List.of())))),
        List.of(new Chrome.LanguageLink(h, h, h, true), new Chrome.LanguageLink(h, h, h, false)),
        h,
        200,
        List.of(new Chrome.MenuLink(h, null, List.of())),
        new Chrome.Contact(h, h, h, h),
        List.of(new Chrome.Link(h, h)),
        List.of(new Chrome.AlertView(h, h, h, h, h)),
        h,
        Chrome.Tokens.DEFAULT,
        new Chrome.Assets(h, h, h, h, variant));
  }

  private static Card card(String h) {
    Card.Moment moment = new Card.Moment(h, h);
    return new Card(
        h,
        h,
        h,
        moment,
        new Card.EventTimes(moment, moment, h),
        h,
        new Image(h, h, h, h, 0, 0, false, h),
        List.of(new Card.Download(h, h, h, h)));
  }

  private static List<String> pages(String h, String variant) {
    Chrome chrome = chrome(h, "ar", variant);
    Crumbs crumbs = new Crumbs(List.of(new Chrome.Link(h, h)), h);
    Pager pager = new Pager(h, h, h);
    ItemView.ContactCard contact =
        new ItemView.ContactCard(h, h, h, h, List.of(new ItemView.Phone(h, h)), h);
    Card.Moment moment = new Card.Moment(h, h);
    return List.of(
        Templates.render(
            "home.jte",
            new HomeView(
                chrome,
                h,
                h,
                new Image(h, h, h, h, 10, 10, false, h),
                card(h),
                List.of(card(h)),
                List.of(card(h)),
                h,
                List.of(card(h)),
                h,
                List.of(card(h)))),
        Templates.render(
            "item.jte",
            new ItemView(
                chrome,
                crumbs,
                h,
                h,
                h,
                new ItemView.Dateline(h, moment),
                moment,
                new Card.EventTimes(moment, moment, h),
                h,
                new Image(h, h, h, h, 1, 1, false, h),
                new Image(h, h, h, h, 1, 1, false, h),
                "<p>Sanitised body</p>",
                new ItemView.OfficeContactView(
                    new Chrome.Contact(h, h, h, h), List.of(new ItemView.ContactLine(h, h, h, h))),
                List.of(new ItemView.Quote(h, h)),
                List.of(contact),
                contact,
                new ItemView.EventPlace(h, h, h),
                List.of(new ItemView.Fact(h, h)),
                List.of(card(h)),
                List.of(new Card.Download(h, h, h, h)),
                List.of(new Chrome.Link(h, h)),
                List.of(new Chrome.Link(h, h)),
                List.of(new Chrome.Link(h, h)))),
        Templates.render(
            "list.jte",
            new ListView(
                chrome,
                crumbs,
                h,
                h,
                new Chrome.Link(h, h),
                new ListView.NewsFilter(
                    h,
                    List.of(new ListView.Select(h, h, h, List.of(new ListView.Option(h, h, true)))),
                    h),
                List.of(card(h)),
                h,
                pager)),
        Templates.render(
            "list.jte", new ListView(chrome, null, h, h, null, null, List.of(), h, null)),
        Templates.render(
            "themes.jte", new ThemesView(chrome, h, List.of(new ThemesView.Theme(h, h, 3)))),
        Templates.render(
            "search.jte",
            new SearchView(
                chrome,
                h,
                h,
                h,
                h,
                true,
                List.of(
                    new SearchView.Hit(
                        card(h),
                        List.of(
                            new SearchView.Segment(h, true), new SearchView.Segment(h, false)))),
                1,
                new Chrome.Link(h, h),
                pager)),
        Templates.render(
            "message.jte", new MessageView(chrome, h, h, List.of(new Chrome.Link(h, h)), h)),
        Templates.render("message.jte", new MessageView(chrome.asPreview(h), h, h, List.of(), h)));
  }

  /**
   * The office's design tokens are written into a style element, where HTML escaping does not stop
   * CSS: anything but a colour {@code #rrggbb} is refused before a page is drawn.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "red",
        "#000;}body{display:none",
        "#000000;background:url(https://x.example/t)",
        "</style><script>alert(1)</script>",
        "#0b4f8a}",
        "expression(alert(1))",
        "#0B4F8A",
        ""
      })
  void designTokensAreColoursAndNothingElse(String hostile) {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Chrome.Tokens(hostile, "#ffffff", "#0b4f8a", "#ffffff"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Chrome.Tokens("#0b4f8a", "#ffffff", "#0b4f8a", hostile));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)' x='",
        "javascript:alert(1)",
        " JaVa\tScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "\u202Eevil.exe\u202C txt",
        "</style><script>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "{{7*7}} ${7*7} @template.x()",
      })
  void everySlotRendersAHostileStringInert(String hostile) {
    List<String> pages = new java.util.ArrayList<>(pages(hostile, null));
    // The built-in variant's own home template gets the same strings.
    pages.addAll(pages(hostile, "compact"));
    for (String html : pages) {
      Document page = Jsoup.parse(html);
      for (Element script : page.select("script")) {
        assertThat(script.attr("type")).isEqualTo("application/ld+json");
        assertThat(script.data()).doesNotContainIgnoringCase("</script");
      }
      assertThat(page.select("img[src=x], [onerror], [onmouseover]")).isEmpty();
      for (Element element : page.getAllElements()) {
        for (Attribute attribute : element.attributes()) {
          assertThat(attribute.getKey()).doesNotStartWith("on");
          String value = attribute.getValue().replaceAll("\\s", "").toLowerCase(Locale.ROOT);
          if (List.of("href", "src", "srcset", "action").contains(attribute.getKey())) {
            assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("data:");
          }
        }
      }
      assertThat(page.select("style").html()).doesNotContain("</style");
      assertThat(html).doesNotContain(RLO);
      // The hostile text is shown as text, not dropped.
      assertThat(page.body().text())
          .contains(hostile.replace(RLO, "").replace("\u202C", "").strip().replaceAll("\\s+", " "));
    }
  }
}
