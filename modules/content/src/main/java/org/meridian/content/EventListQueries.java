package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's live events in one language, split at a moment: upcoming (not yet ended,
 * soonest start first) and past (ended, latest start first), a page at a time with a count. Read
 * from the dates each live event keeps on its item ({@link ContentItem#eventDates()}): the database
 * filters, orders and pages them, whatever the number of past events. Read as lists are, without
 * bodies ({@link LiveItemRows}).
 */
@ApplicationScoped
@Transactional
public class EventListQueries {

  /** Upcoming: an event under way (or ending at this very instant) is still upcoming. */
  private static final String UPCOMING = " and i.eventEnd >= :now";

  /** Past: ended before now. */
  private static final String PAST = " and i.eventEnd < :now";

  @Inject private OfficeData data;

  List<LiveItem> upcoming(LanguageTag language, Instant now, int offset, int limit) {
    return page(language, now, UPCOMING + " order by i.eventStart asc, i.id asc", offset, limit);
  }

  List<LiveItem> past(LanguageTag language, Instant now, int offset, int limit) {
    return page(language, now, PAST + " order by i.eventStart desc, i.id desc", offset, limit);
  }

  long countUpcoming(LanguageTag language, Instant now) {
    return count(language, now, UPCOMING);
  }

  long countPast(LanguageTag language, Instant now) {
    return count(language, now, PAST);
  }

  // An item has an event end exactly while it is a live event that is not in the trash (see
  // ContentItem): the lists ask for nothing else, so a count reads content_item_event_end_idx
  // alone and a page is its first rows in the index's order.
  private List<LiveItem> page(
      LanguageTag language, Instant now, String whenAndOrder, int offset, int limit) {
    return data.readOnlyQuery(
            LiveItemRows.SELECT_FROM
                + " where i.language = :lang and i.eventStart is not null"
                + whenAndOrder,
            Object[].class)
        .setParameter("lang", language.value())
        .setParameter("now", now)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(limit)
        .getResultStream()
        .map(LiveItemRows::item)
        .toList();
  }

  private long count(LanguageTag language, Instant now, String when) {
    return data.entityManager()
        .createQuery(
            "select count(i) from ContentItem i where i.language = :lang" + when, Long.class)
        .setParameter("lang", language.value())
        .setParameter("now", now)
        .getSingleResult();
  }
}
