package org.meridian.content;

/**
 * A live item with its body: what the item's own page and the API show. {@code body} is the stored
 * HTML, sanitised when it was saved (the site writes its links and images with {@link BodyRenderer}
 * before showing it).
 */
public record LiveItemWithBody(LiveItem item, String body) {

  public LiveItemWithBody {
    java.util.Objects.requireNonNull(item, "item");
    java.util.Objects.requireNonNull(body, "body");
  }

  /** The same item showing {@code shown} as its body (the body as a site renders it). */
  public LiveItemWithBody withBody(String shown) {
    return new LiveItemWithBody(item, shown);
  }

  /** The item as it is live; its live revision must be loaded. */
  static LiveItemWithBody of(ContentItem item) {
    return of(item, item.liveRevision());
  }

  /** The item as it looks with {@code live} live (for a preview of a draft: that revision). */
  static LiveItemWithBody of(ContentItem item, Revision live) {
    return new LiveItemWithBody(LiveItem.of(item, live), live.body());
  }
}
