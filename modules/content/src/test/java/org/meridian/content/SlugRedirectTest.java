package org.meridian.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.LanguageTag;

class SlugRedirectTest {

  private final ContentItem item =
      new ContentItem(ContentType.PAGE, new LanguageTag("en"), new Slug("a"));

  @Test
  void aChainOfSlugChangesCollapsesToTheItemsCurrentAddress() {
    // As ItemAddresses.changeSlug does: move the item, then keep its old address.
    item.changeSlug(new Slug("b"));
    SlugRedirect fromA = new SlugRedirect(item, new Slug("a"), "editor");
    item.changeSlug(new Slug("c"));
    SlugRedirect fromB = new SlugRedirect(item, new Slug("b"), "editor");

    // A -> B -> C: both old addresses lead straight to C, not to one another.
    assertThat(fromA.oldSlug()).isEqualTo(new Slug("a"));
    assertThat(fromA.target()).isEqualTo(new Slug("c"));
    assertThat(fromB.oldSlug()).isEqualTo(new Slug("b"));
    assertThat(fromB.target()).isEqualTo(new Slug("c"));
  }

  @Test
  void theCurrentAddressIsNotARedirect() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SlugRedirect(item, new Slug("a"), "editor"))
        .withMessageContaining("current address");
  }
}
