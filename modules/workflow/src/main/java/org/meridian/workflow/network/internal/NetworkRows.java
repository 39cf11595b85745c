package org.meridian.workflow.network.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.content.CommonFields;
import org.meridian.content.health.LiveBody;
import org.meridian.content.media.AltTexts;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.workflow.network.GroupedRead;
import org.meridian.workflow.review.ReviewBacklog;

/**
 * The network overview's statements over every office at once: each groups its rows by the office
 * column the data layer would otherwise filter on, and every row is keyed by its own office among
 * those of the {@link GroupedRead} (only {@code AcrossOffices.readGrouped} makes one, checked and
 * on the record), so that one statement per figure replaces one per office. Each statement reads
 * what the per-office queries of {@code EditorQueries.counts}, {@code ContentHealth.check}, {@code
 * ReviewQueues.backlog} and {@code OfficePeople.dormant} read; {@code NetworkHealthIT} holds them
 * to the same figures.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class NetworkRows {

  @PersistenceContext(unitName = "meridian")
  private EntityManager entityManager;

  /** Items not in the trash, live items, and the last time anything was published. */
  public record ItemCounts(long items, long live, Instant lastPublishedAt) {}

  /** Items not in the trash whose review is due on {@code reviewBy}: how many. */
  public record ReviewDate(LocalDate reviewBy, long items) {}

  /** A file of a library, as a body's image of the library needs it (see {@code BodyQuality}). */
  public record LibraryFile(
      long id,
      long officeId,
      boolean image,
      boolean decorative,
      String altText,
      AltTexts altTexts) {}

  /** As {@code EditorQueries.counts}. */
  public Map<OfficeCode, ItemCounts> itemCounts(GroupedRead read) {
    return byOffice(
        read,
        "select office_id, count(case when trashed_at is null then 1 end), count(live_revision_id),"
            + " max(last_published_at) from content_item group by office_id",
        r -> new ItemCounts(number(r[1]), number(r[2]), instant(r[3])));
  }

  /** As the review-by count of {@code ContentHealth.check}; "today" is the office's to apply. */
  public Map<OfficeCode, List<ReviewDate>> reviewDates(GroupedRead read) {
    Map<OfficeCode, List<ReviewDate>> dates = new HashMap<>();
    rows(
        read,
        "select office_id, review_by, count(*) from content_item"
            + " where trashed_at is null and review_by is not null group by office_id, review_by",
        (office, r) ->
            dates
                .computeIfAbsent(office.code(), c -> new ArrayList<>())
                .add(new ReviewDate(date(r[1]), number(r[2]))));
    return dates;
  }

  /** As the outdated translations of {@code ContentHealth.check}. */
  public Map<OfficeCode, Long> outdatedTranslations(GroupedRead read) {
    return byOffice(
        read,
        "select t.office_id, count(*) from translation t"
            + " join content_item i on i.id = t.item_id and i.office_id = t.office_id"
            + " where i.trashed_at is null and t.outdated_since is not null group by t.office_id",
        r -> number(r[1]));
  }

  /** As the library's images without alt text in {@code ContentHealth.check}. */
  public Map<OfficeCode, Long> libraryImagesWithoutAlt(GroupedRead read) {
    return byOffice(
        read,
        "select office_id, count(*) from media_asset"
            + " where kind = 'IMAGE' and decorative = false and alt_text = '' group by office_id",
        r -> number(r[1]));
  }

  /** As {@code ReviewQueues.backlog}. */
  public Map<OfficeCode, ReviewBacklog> reviewBacklogs(GroupedRead read) {
    return byOffice(
        read,
        "select i.office_id, count(*), min(w.modified_at) from workflow_item w"
            + " join content_item i on i.id = w.item_id and i.office_id = w.office_id"
            + " and i.latest_revision_id = w.revision_id"
            + " where w.state = 'IN_REVIEW' and i.trashed_at is null group by i.office_id",
        r -> new ReviewBacklog(number(r[1]), instant(r[2])));
  }

  /**
   * As {@code OfficePeople.dormant}: memberships of accounts that may sign in and have not since
   * {@code cutoff} (or never have). Memberships are not office-owned; the caller checks that the
   * reader may manage each office's people.
   */
  public Map<OfficeCode, Long> dormantMemberships(GroupedRead read, Instant cutoff) {
    return byOffice(
        read,
        "select m.office_id, count(*) from membership m join account a on a.id = m.account_id"
            + " where a.status = 'ACTIVE' and (a.last_sign_in_at is null or a.last_sign_in_at < ?1)"
            + " group by m.office_id",
        r -> number(r[1]),
        OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
  }

  /**
   * As the live items of {@code ContentHealth.check}, for {@code offices} (a batch: the bodies are
   * read), each office's in the order of their ids.
   */
  public Map<OfficeCode, List<LiveBody>> liveItems(
      GroupedRead read, Collection<OfficeRef> offices) {
    Map<OfficeCode, List<LiveBody>> live = new LinkedHashMap<>();
    offices.forEach(o -> live.put(o.code(), new ArrayList<>()));
    rows(
        read,
        "select i.office_id, i.id, i.language, i.slug, t.source_id, r.title, r.body,"
            + " r.hero_image_id, r.hero_alt, r.hero_decorative from content_item i"
            + " join revision r on r.id = i.live_revision_id and r.office_id = i.office_id"
            + " left join translation t on t.item_id = i.id and t.office_id = i.office_id"
            + " where i.trashed_at is null and i.office_id in ("
            + ids(offices)
            + ") order by i.office_id, i.id",
        (office, r) ->
            live.get(office.code())
                .add(
                    new LiveBody(
                        number(r[1]),
                        (String) r[2],
                        (String) r[3],
                        r[4] == null ? null : number(r[4]),
                        (String) r[5],
                        text(r[6]),
                        new CommonFields(
                            r[7] == null ? null : number(r[7]),
                            (String) r[8],
                            bool(r[9]),
                            "",
                            null))));
    return live;
  }

  /**
   * As {@code LiveQueries.movedTo}, for {@code offices}: each office's old addresses ({@code
   * language/slug}) that redirect to an item that is live.
   */
  public Map<OfficeCode, Set<String>> redirects(GroupedRead read, Collection<OfficeRef> offices) {
    Map<OfficeCode, Set<String>> moved = new HashMap<>();
    rows(
        read,
        "select r.office_id, r.language, r.old_slug from slug_redirect r"
            + " join content_item i on i.id = r.item_id and i.office_id = r.office_id"
            + " where i.live_revision_id is not null and r.office_id in ("
            + ids(offices)
            + ")",
        (office, r) ->
            moved.computeIfAbsent(office.code(), c -> new HashSet<>()).add(r[1] + "/" + r[2]));
    return moved;
  }

  /**
   * The library files {@code ids}, of whichever office (the caller keeps those of the office whose
   * body shows them, or HQ's shared library, as {@code MediaLibrary.find} does).
   */
  public Map<Long, LibraryFile> libraryFiles(GroupedRead read, Set<Long> ids) {
    Objects.requireNonNull(read, "read");
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<Long, LibraryFile> files = new HashMap<>();
    for (Object[] r :
        list(
            "select id, office_id, kind, decorative, alt_text, alt_texts from media_asset"
                + " where id in ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(","))
                + ")")) {
      files.put(
          number(r[0]),
          new LibraryFile(
              number(r[0]),
              number(r[1]),
              "IMAGE".equals(r[2]),
              bool(r[3]),
              (String) r[4],
              AltTexts.fromJson(text(r[5]))));
    }
    return files;
  }

  private <T> Map<OfficeCode, T> byOffice(
      GroupedRead read, String sql, Function<Object[], T> value, Object... parameters) {
    Map<OfficeCode, T> values = new HashMap<>();
    rows(read, sql, (office, r) -> values.put(office.code(), value.apply(r)), parameters);
    return values;
  }

  /** Each row whose first column is an office of the read, with that office. */
  private void rows(
      GroupedRead read,
      String sql,
      java.util.function.BiConsumer<OfficeRef, Object[]> row,
      Object... parameters) {
    for (Object[] r : list(sql, parameters)) {
      read.office(number(r[0])).ifPresent(office -> row.accept(office, r));
    }
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> list(String sql, Object... parameters) {
    Query query =
        entityManager
            .createNativeQuery(sql)
            // Multitenant units refuse native SQL; these reads are deliberately across offices.
            .setHint("eclipselink.jdbc.allow-native-sql-query", true);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static String ids(Collection<OfficeRef> offices) {
    if (offices.isEmpty()) {
      return "-1";
    }
    return offices.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  /** A {@code timestamp with time zone} as the drivers give it (H2, PostgreSQL). */
  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case OffsetDateTime o -> o.toInstant();
      case java.sql.Timestamp t -> t.toInstant();
      case Instant i -> i;
      case java.time.ZonedDateTime z -> z.toInstant();
      default ->
          throw new IllegalStateException("Not a point in time: " + value.getClass().getName());
    };
  }

  private static LocalDate date(Object value) {
    return switch (value) {
      case LocalDate d -> d;
      case java.sql.Date d -> d.toLocalDate();
      default -> throw new IllegalStateException("Not a date: " + value.getClass().getName());
    };
  }

  /** A {@code text} column: a string, or a CLOB on H2. */
  private static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException(e));
      }
    }
    return value.toString();
  }
}
