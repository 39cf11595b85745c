package org.meridian.content.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;

/**
 * One table per check: a body, the language it is written in where it matters, and what the check
 * finds (how many findings, and the text the first concerns). Item 42 is live, item 43 is not; the
 * site has {@code /gambia/en/about-us}, and {@code /gambia/en/old-name} redirects.
 */
class QualityChecksTest {

  private static final LinkTargets LINKS =
      new LinkTargets() {
        @Override
        public boolean isLive(long itemId) {
          return itemId == 42;
        }

        @Override
        public boolean leadsSomewhere(LanguageTag language, Slug slug) {
          return language.value().equals("en")
              && Set.of("about-us", "old-name").contains(slug.value());
        }
      };

  private static List<Finding> run(BodyCheck check, String html, String language) {
    BodyContext context =
        new BodyContext(
            new OfficeCode("gambia"),
            List.of(new LanguageTag("en"), new LanguageTag("fr")),
            language,
            LINKS);
    List<Finding> found = check.check(QualityChecks.parse(html), context);
    found.forEach(
        f -> {
          assertThat(f.rule()).isEqualTo(check.rule());
          assertThat(f.problem().code()).isEqualTo("quality." + check.rule());
          assertThat(f.fix().code()).isEqualTo("quality." + check.rule() + "_fix");
        });
    return found;
  }

  private static void expect(
      BodyCheck check, String html, String language, int count, String first) {
    List<Finding> found = run(check, html, language == null ? "en" : language);
    assertThat(found).as(html).hasSize(count);
    if (count > 0 && first != null) {
      assertThat(found.get(0).excerpt()).as(html).isEqualTo(first);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <p><img src="/media/gambia/1/w640/boats.jpg" alt="Boats at Banjul"></p>          | 0 | -
          <p><img src="/media/gambia/1/w640/boats.jpg" alt=""></p>                         | 0 | -
          <p><img src="/media/gambia/1/w640/boats.jpg"></p>                                | 1 | boats.jpg
          <p><img src="/media/gambia/1/w640/boats.jpg" alt="  "></p>                       | 1 | boats.jpg
          <figure data-media="1"><img src="/media/gambia/1/w640/a.jpg"><figcaption>Harbour</figcaption></figure> | 1 | Harbour
          <p><img src="/media/gambia/1/w640/a.jpg"><img src="/media/gambia/2/w640/b.jpg" alt="B"><img src="/media/gambia/3/w640/c.jpg"></p> | 2 | a.jpg
          """)
  void imageAlt(String html, int count, String first) {
    expect(new ImageAltCheck(), html, null, count, first);
  }

  /**
   * The library's alt texts: image 1 has a French one besides its default, image 2 is decorative,
   * image 3 has only a default one; image 4 is not in the library.
   */
  private static final LibraryAlts LIBRARY =
      id ->
          switch ((int) id) {
            case 1 -> java.util.Optional.of("Bateaux");
            case 2 -> java.util.Optional.of("");
            case 3 -> java.util.Optional.of("Boats");
            default -> java.util.Optional.empty();
          };

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <figure data-media="1"><img src="/media/gambia/1/w640/a.jpg"></figure>               | 0 | -
          <figure data-media="2"><img src="/media/gambia/2/w640/b.jpg"></figure>               | 0 | -
          <figure data-media="3"><img src="/media/gambia/3/w640/c.jpg" alt=" "></figure>       | 0 | -
          <figure data-media="4"><img src="/media/gambia/4/w640/d.jpg"><figcaption>Gone</figcaption></figure> | 1 | Gone
          <p><img src="/media/gambia/1/w640/a.jpg"></p>                                        | 1 | a.jpg
          """)
  void imageAltFromTheLibraryInTheBodysLanguage(String html, int count, String first) {
    BodyContext context =
        new BodyContext(
            new OfficeCode("gambia"), List.of(new LanguageTag("fr")), "fr", LINKS, LIBRARY);
    List<Finding> found = new ImageAltCheck().check(QualityChecks.parse(html), context);
    assertThat(found).as(html).hasSize(count);
    if (count > 0) {
      assertThat(found.get(0).excerpt()).isEqualTo(first);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <p><a href="https://example.org/report">The 2026 report</a></p>                   | 0 | -
          <p><a href="https://example.org/report"><img src="/media/gambia/1/w640/r.jpg" alt="The report"></a></p> | 0 | -
          <p><a href="https://example.org/report"></a></p>                                  | 1 | https://example.org/report
          <p><a href="https://example.org/report">   </a></p>                               | 1 | https://example.org/report
          <p><a href="https://example.org/r"><img src="/media/gambia/1/w640/r.jpg" alt=""></a></p> | 1 | https://example.org/r
          """)
  void emptyLink(String html, int count, String first) {
    expect(new EmptyLinkCheck(), html, null, count, first);
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <p><a href="/r">The 2026 annual report</a></p>      | en | 0 | -
          <p><a href="/r">Click here</a></p>                  | en | 1 | Click here
          <p><a href="/r">Read more…</a></p>                  | en | 1 | Read more…
          <p><a href="/r">read more &raquo;</a></p>           | en | 1 | read more »
          <p><a href="/r">Cliquez ici</a></p>                 | fr | 1 | Cliquez ici
          <p><a href="/r">Lire la suite</a></p>               | fr | 1 | Lire la suite
          <p><a href="/r">Le rapport annuel</a></p>           | fr | 0 | -
          <p><a href="/r">اضغط هنا</a></p>                     | ar | 1 | اضغط هنا
          <p><a href="/r">التقرير السنوي</a></p>               | ar | 0 | -
          <p><a href="/r">Haga clic aquí</a></p>              | es | 1 | Haga clic aquí
          <p><a href="/r">Clique aqui</a></p>                 | pt | 1 | Clique aqui
          <p><a href="/r">click here</a></p>                  | fr | 1 | click here
          <p><a href="/r">cliquez ici</a></p>                 | ar | 0 | -
          <p><a href="/r">Click here to read the report</a></p> | en | 0 | -
          """)
  void vagueLinkText(String html, String language, int count, String first) {
    expect(new VagueLinkTextCheck(), html, language, count, first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <p><a href="/gambia/en/old-slug" data-item="42">Our work</a></p>    | 0 | -
          <p><a href="/gambia/en/old-slug" data-item="43">A draft</a></p>     | 1 | A draft
          <p><a href="/gambia/en/x" data-item="not-a-number">Odd</a></p>      | 1 | Odd
          <p><a href="/gambia/en/about-us">About</a></p>                      | 0 | -
          <p><a href="/gambia/en/old-name">About</a></p>                      | 0 | -
          <p><a href="/gambia/en/gone">Gone</a></p>                           | 1 | Gone
          <p><a href="/gambia/de/about-us">German</a></p>                     | 1 | German
          <p><a href="/gambia/en/news">News</a></p>                           | 0 | -
          <p><a href="/gambia/en/">Home</a></p>                               | 0 | -
          <p><a href="/senegal/en/anything">Senegal</a></p>                   | 0 | -
          <p><a href="https://example.org/gambia/en/gone">Elsewhere</a></p>   | 0 | -
          """)
  void brokenLink(String html, int count, String first) {
    expect(new InternalLinkCheck(), html, null, count, first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <h2>Aims</h2><h3>First</h3><h3>Second</h3><h2>Means</h2>  | 0 | -
          <h2>Aims</h2><h3>First</h3><h4>Detail</h4><h2>Back up</h2> | 0 | -
          <h3>Starts too low</h3>                                   | 1 | Starts too low
          <h2>Aims</h2><h4>Skips three</h4>                         | 1 | Skips three
          <h2>A</h2><h4>B</h4><h6>C</h6>                            | 2 | B
          <p>No headings at all</p>                                 | 0 | -
          """)
  void headingSkipped(String html, int count, String first) {
    expect(new HeadingOrderCheck(), html, null, count, first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <table><thead><tr><th>Region</th><th>People</th></tr></thead><tbody><tr><td>North</td><td>12</td></tr></tbody></table> | 0 | -
          <table><tr><th>Region</th><th>People</th></tr><tr><td>North</td><td>12</td></tr></table> | 0 | -
          <table><tr><td>Region</td><td>People</td></tr><tr><td>North</td><td>12</td></tr></table> | 1 | Region People
          <table><tr><th>Region</th><td>People</td></tr></table>                                  | 1 | Region People
          <table></table>                                                                         | 1 | ''
          """)
  void tableHeader(String html, int count, String first) {
    expect(new TableHeaderCheck(), html, null, count, first);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          <p>The office opened a new centre in Banjul this week.</p>             | 0 | -
          <p>THE OFFICE OPENED A NEW CENTRE IN BANJUL THIS WEEK.</p>             | 1 | THE OFFICE OPENED A NEW CENTRE IN BANJUL THIS WEEK.
          <p>UNICEF and WHO met IOM.</p>                                         | 0 | -
          <h2>IMPORTANT NOTICE</h2>                                              | 0 | -
          <ul><li>PLEASE REGISTER BEFORE THE END OF MAY</li></ul>               | 1 | PLEASE REGISTER BEFORE THE END OF MAY
          <p>افتتح المكتب مركزا جديدا في بانجول هذا الأسبوع وهو مفتوح للجميع</p>  | 0 | -
          """)
  void allCaps(String html, int count, String first) {
    expect(new AllCapsCheck(), html, null, count, first);
  }

  @ParameterizedTest(name = "{0} words, headings: {1}")
  @CsvSource({"100, false, 0", "500, false, 0", "501, false, 1", "2000, true, 0", "2000, false, 1"})
  void longWithoutHeadings(int words, boolean withHeading, int count) {
    String text = "<p>" + "word ".repeat(words) + "</p>";
    String html = withHeading ? "<h2>Part one</h2>" + text : text;
    List<Finding> found = run(new LongBodyHeadingsCheck(), html, "en");
    assertThat(found).hasSize(count);
    if (count > 0) {
      assertThat(found.get(0).problem().args()).containsExactly(words);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <h2>Aims</h2><p>We <a href="/gambia/en/about-us">work with</a> partners.</p> | ''
          <p><img src="/media/gambia/1/w640/a.jpg"><a href="/x">click here</a></p><h3>Low</h3> | image_alt vague_link_text heading_skipped
          """)
  void everyCheckRunsInOrder(String html, String rules) {
    BodyContext context =
        new BodyContext(new OfficeCode("gambia"), List.of(new LanguageTag("en")), "en", LINKS);
    assertThat(
            String.join(
                " ", QualityChecks.check(html, context).stream().map(Finding::rule).toList()))
        .isEqualTo(rules);
  }
}
