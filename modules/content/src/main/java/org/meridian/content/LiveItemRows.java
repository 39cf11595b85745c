package org.meridian.content;

import org.meridian.content.fields.TypeFields;

/**
 * How a list reads live items: each item with its live revision's columns but the body, which a
 * list never shows (bench/README.md, "Lists without bodies"). A query starts with {@link
 * #SELECT_FROM} ({@code i} the item, {@code r} its live revision, joined: live items only), adds
 * its conditions and order, and makes each row a {@link LiveItem} with {@link #item}.
 */
public final class LiveItemRows {

  /** The item (read whole: its path walks its parents) and its live revision's listed columns. */
  public static final String SELECT_FROM =
      "select i, r.title, r.summary, r.createdAt, r.heroImageId, r.heroAlt, r.heroDecorative,"
          + " r.seoDescription, r.socialImageId, r.fields from ContentItem i join i.liveRevision r";

  private LiveItemRows() {}

  /** The live item of one row of a query that starts with {@link #SELECT_FROM}. */
  public static LiveItem item(Object[] row) {
    ContentItem item = (ContentItem) row[0];
    return LiveItem.of(
        item,
        (String) row[1],
        (String) row[2],
        (java.time.Instant) row[3],
        new CommonFields(
            (Long) row[4], (String) row[5], (Boolean) row[6], (String) row[7], (Long) row[8]),
        TypeFields.stored(item.type(), (String) row[9]));
  }
}
