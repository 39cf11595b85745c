package org.meridian.content.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.OfficeCode;

class BodyLinksTest {

  private static final OfficeCode GAMBIA = new OfficeCode("gambia");

  @Test
  void onlyLinksIntoTheOfficesOwnSiteAreChecked() {
    String body =
        "<p><a href=\"https://example.org/x\">out</a> <a href=\"/senegal/fr/actualite\">other office</a>"
            + " <a href=\"/media/gambia/3/original/a.pdf\">file</a> <a href=\"/gambia/en/\">home</a>"
            + " <a href=\"/gambia/en/our-work\">work</a></p>";

    List<BodyLinks.Target> targets = BodyLinks.intoOffice(body, GAMBIA);

    assertThat(targets)
        .extracting(BodyLinks.Target::href)
        .containsExactly("/gambia/en/", "/gambia/en/our-work");
    assertThat(targets.get(0).slug()).isEmpty();
    assertThat(targets.get(1).slug()).contains(new Slug("our-work"));
  }

  @Test
  void theSitesOwnPagesNeedNoItemAndTheLastSegmentOfANestedPathIsTheSlug() {
    String body =
        "<a href=\"/gambia/en/news?page&#61;2\">n</a><a href=\"/gambia/en/feed.rss\">f</a>"
            + "<a href=\"/gambia/en/themes/health\">t</a>"
            + "<a href=\"/gambia/en/about/our-team#jobs\">team</a>";

    List<BodyLinks.Target> targets = BodyLinks.intoOffice(body, GAMBIA);

    assertThat(targets).hasSize(4);
    assertThat(targets.subList(0, 3)).allMatch(t -> t.slug().isEmpty() && !t.malformed());
    assertThat(targets.get(3).slug()).isEqualTo(Optional.of(new Slug("our-team")));
    assertThat(targets.get(0).href()).isEqualTo("/gambia/en/news?page=2");
  }

  @Test
  void aSegmentThatCannotBeASlugIsMalformed() {
    List<BodyLinks.Target> targets =
        BodyLinks.intoOffice("<a href=\"/gambia/en/Not A Slug!\">x</a>", GAMBIA);

    assertThat(targets).singleElement().matches(BodyLinks.Target::malformed);
  }
}
