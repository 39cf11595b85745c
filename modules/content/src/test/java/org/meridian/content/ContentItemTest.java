package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

class ContentItemTest {

  private static ContentItem page(String slug) {
    return new ContentItem(ContentType.PAGE, new LanguageTag("en"), new Slug(slug));
  }

  @Test
  void aNestedPageAddressIsTheChainOfSlugs() {
    ContentItem about = page("about");
    ContentItem history = page("history");
    ContentItem founding = page("founding");
    history.placeUnder(about);
    founding.placeUnder(history);

    assertThat(founding.path()).containsExactly("about", "history", "founding");
    assertThat(about.path()).containsExactly("about");
  }

  @Test
  void aPageCannotSitUnderItselfOrItsOwnSubPages() {
    ContentItem about = page("about");
    ContentItem history = page("history");
    history.placeUnder(about);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> about.placeUnder(about))
        .withMessageContaining("under itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> about.placeUnder(history))
        .withMessageContaining("sub-pages");
    assertThat(about.parent()).isNull();
  }

  @Test
  void onlyPagesOfTheSameLanguageNest() {
    ContentItem news = new ContentItem(ContentType.NEWS, new LanguageTag("en"), new Slug("n"));
    ContentItem french = new ContentItem(ContentType.PAGE, new LanguageTag("fr"), new Slug("f"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> news.placeUnder(page("about")))
        .withMessageContaining("Only pages");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> page("x").placeUnder(news))
        .withMessageContaining("Only pages");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> page("x").placeUnder(french))
        .withMessageContaining("in fr");
  }

  @Test
  void nestingIsLimitedInDepth() {
    ContentItem top = page("p0");
    ContentItem at = top;
    for (int i = 1; i < ContentItem.MAX_DEPTH; i++) {
      ContentItem child = page("p" + i);
      child.placeUnder(at);
      at = child;
    }
    ContentItem deepest = at;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> page("too-deep").placeUnder(deepest))
        .withMessageContaining("at most " + ContentItem.MAX_DEPTH);
  }

  @Test
  void movingBackToTheTopIsAllowed() {
    ContentItem history = page("history");
    history.placeUnder(page("about"));
    history.placeUnder(null);

    assertThat(history.path()).containsExactly("history");
  }
}
