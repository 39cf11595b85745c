package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The demo publisher's part in offices that ask for one review (Senegal): approves an item its
 * author has submitted, then publishes it, through the item's review screen.
 */
final class ReviewedPublishing {

  static final String PUBLISHER = "wca.publisher@meridian.example.org";

  private ReviewedPublishing() {}

  static void approveAndPublish(String office, long itemId) {
    Browser publisher = new Browser(MeridianServer.server());
    FacesForms.signedInAt(publisher, PUBLISHER, "/admin/index.xhtml?office=" + office);
    for (String step : new String[] {"APPROVE", "PUBLISH"}) {
      Document review =
          FacesForms.parse(publisher.get("/admin/content/review.xhtml?item=" + itemId));
      Element button = review.selectFirst("input[data-step=" + step + "]");
      assertThat(button).as("%s of item %s: %s", step, itemId, review.text()).isNotNull();
      FacesForms.submit(publisher, review, "review", button.attr("name"), Map.of());
    }
  }
}
