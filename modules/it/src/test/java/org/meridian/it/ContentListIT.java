package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's content list: paging through the office's items from the database (a page and a
 * count, not everything loaded), the theme, tag and author filters, the orders, and addresses that
 * ask for nonsense.
 */
@ExtendWith(MeridianServer.class)
class ContentListIT {

  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final int MADE = 55;

  private static String prefix;
  private static String author;
  private static ConsoleSession gambia;

  /** Makes 55 pages through the API, so that one author's items fill more than one page. */
  @BeforeAll
  static void manyItemsByOneAuthor() {
    gambia = ConsoleSession.signIn(GAMBIA_ADMIN);
    String name = "List " + Long.toString(System.nanoTime(), 36);
    String token = ApiTokenIT.issue(gambia, name, "WRITE");
    prefix = "Listing " + Long.toString(System.nanoTime(), 36);
    Browser api = new Browser(MeridianServer.server());
    for (int i = 0; i < MADE; i++) {
      var created =
          api.postJson(
              "/api/v1/offices/gambia/items",
              Map.of("Authorization", "Bearer " + token),
              "{\"type\":\"page\",\"language\":\"en\",\"slug\":\""
                  + prefix.toLowerCase().replace(' ', '-')
                  + "-"
                  + i
                  + "\",\"title\":\""
                  + prefix
                  + String.format(" %02d", i)
                  + "\",\"body\":\"<p>Text.</p>\"}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
    Document list = gambia.open("/admin/index.xhtml");
    author =
        list.select("#filter-author option").eachAttr("value").stream()
            .filter(value -> value.contains(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the token is among the authors"));
  }

  private static List<String> titles(Document list) {
    return list.select("#content tbody tr a.edit-link").eachText();
  }

  private static String byAuthor(String more) {
    return "/admin/index.xhtml?author="
        + java.net.URLEncoder.encode(author, java.nio.charset.StandardCharsets.UTF_8)
        + more;
  }

  @Test
  void oneAuthorsItemsComeInPagesOfFiftyInTheChosenOrder() {
    Document first = gambia.open(byAuthor("&sort=title"));
    assertThat(first.getElementById("list-count").text())
        .isEqualTo("Page 1 of 2 (" + MADE + " items)");
    assertThat(titles(first)).hasSize(50).allMatch(t -> t.startsWith(prefix));
    assertThat(titles(first).get(0)).isEqualTo(prefix + " 00");
    assertThat(titles(first)).isSorted();
    assertThat(first.getElementById("previous-page")).isNull();

    String next = first.getElementById("next-page").attr("href");
    assertThat(next).contains("page=2").contains("sort=title").contains("author=");
    Document second = gambia.open("/admin/" + next);
    assertThat(titles(second))
        .containsExactly(
            prefix + " 50", prefix + " 51", prefix + " 52", prefix + " 53", prefix + " 54");
    assertThat(second.getElementById("next-page")).isNull();
    assertThat(second.getElementById("previous-page").attr("href")).contains("page=1");

    Document newest = gambia.open(byAuthor(""));
    assertThat(titles(newest).get(0)).isEqualTo(prefix + " 54");
    Document oldest = gambia.open(byAuthor("&sort=oldest"));
    assertThat(titles(oldest).get(0)).isEqualTo(prefix + " 00");
  }

  @Test
  void pagesOutOfRangeAndNonsenseParametersGiveASensiblePage() {
    Document last = gambia.open(byAuthor("&sort=title&page=999999999"));
    assertThat(last.getElementById("list-count").text()).startsWith("Page 2 of 2");
    assertThat(titles(last)).hasSize(MADE - 50);

    for (String nonsense :
        List.of(
            "page=-3",
            "page=abc",
            "page=99999999999999999999",
            "sort=%3Cscript%3E",
            "theme=%3Cscript%3E",
            "tag=nope",
            "author=someone%40elsewhere.example")) {
      var response = gambia.get("/admin/index.xhtml?" + nonsense);
      assertThat(response.statusCode()).as(nonsense).isEqualTo(200);
      assertThat(response.body())
          .as(nonsense)
          .doesNotContain("<script>alert")
          .doesNotContain("%3Cscript");
      assertThat(org.jsoup.Jsoup.parse(response.body()).getElementById("list-count").text())
          .as(nonsense)
          .startsWith("Page 1 of ");
    }
  }

  @Test
  void themeAndTagFiltersNarrowTheListToTheirItems() {
    Document all = gambia.open("/admin/index.xhtml");
    long everything = total(all);
    String theme = all.select("#filter-theme option[value=data]").attr("value");
    assertThat(theme).as("the demo's data theme").isEqualTo("data");

    Document data = gambia.open("/admin/index.xhtml?theme=data");
    assertThat(total(data)).isPositive().isLessThan(everything);
    assertThat(data.select("#filter-theme option[selected]").attr("value")).isEqualTo("data");
    assertThat(titles(data)).noneMatch(t -> t.startsWith(prefix));

    List<String> tags = all.select("#filter-tag option").eachAttr("value");
    String tag = tags.stream().filter(t -> !t.isEmpty()).findFirst().orElseThrow();
    Document tagged = gambia.open("/admin/index.xhtml?tag=" + tag);
    assertThat(total(tagged)).isPositive().isLessThan(everything);
  }

  @Test
  void theAuthorChoicesAreTheOfficesOwn() {
    Document list = gambia.open("/admin/index.xhtml");
    assertThat(list.select("#filter-author option").eachAttr("value"))
        .contains(author)
        .noneMatch(a -> a.startsWith("senegal."));
  }

  private static long total(Document list) {
    String text = list.getElementById("list-count").text();
    return Long.parseLong(
        text.substring(text.indexOf('(') + 1, text.indexOf(' ', text.indexOf('('))));
  }
}
