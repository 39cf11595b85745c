package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import javax.naming.InitialContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.ContentItem;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveQueries;
import org.meridian.content.LiveRevisions;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.search.ContentSearch;
import org.meridian.content.search.LiveResults;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchQuery;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Inside the deployed WAR, on the suite's database: work holds at most one database connection at
 * a time. A public search used to hold one for its transaction (its SQL began one) and take a
 * second from the pool for the items it found; 32 concurrent searches then held the whole pool and
 * waited for each other for ever, and the server answered nothing more (bench/README.md). The same
 * happened to any read-only list read in a transaction that had written (the quality gate's link
 * check on publishing), which did not see the transaction's own writes either. {@code
 * ConnectionUse} is in the WAR, not on the tests' class path, so it is called by name.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("embedded-db") // both search engines
class OneConnectionAtATimeIT {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final String ACTOR = "search-connections-it@test.example.org";
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private ContentSearch search;
  @Inject private LiveQueries queries;

  @PersistenceContext(unitName = "meridian")
  private EntityManager em;

  private OfficeRef officeWithStories() {
    String id = Long.toString(UNIQUE.incrementAndGet(), 36);
    OfficeRef office =
        offices.create(
            new Office(
                new OfficeCode("sc-" + id),
                OfficeType.COUNTRY,
                offices.load(new OfficeCode("west-central-africa")),
                List.of(EN),
                ZoneId.of("Africa/Dakar"),
                Map.of(EN, "Search office " + id)),
            "it");
    tenant.runAs(
        office,
        () -> {
          for (int i = 1; i <= 3; i++) {
            ContentItem item =
                content.create(
                    ContentType.NEWS,
                    EN,
                    new Slug("river-story-" + i),
                    RevisionInput.builder()
                        .title("River crossing story " + i)
                        .summary("A benchmark story about the river")
                        .body("<p>Boats carry the river crossing story " + i + ".</p>")
                        .build(),
                    ACTOR);
            live.publishLatest(item.getId(), ACTOR);
          }
        });
    return office;
  }

  /** {@code ConnectionUse.mostHeldWhile(work)}: the most connections held at once by this thread. */
  private static int mostHeldWhile(Runnable work) throws Exception {
    Method mostHeldWhile =
        Class.forName("org.meridian.app.database.ConnectionUse")
            .getMethod("mostHeldWhile", Runnable.class);
    try {
      return (int) mostHeldWhile.invoke(null, work);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private <T> T heldOnce(String what, Supplier<T> work) throws Exception {
    Object[] result = new Object[1];
    int most = mostHeldWhile(() -> result[0] = work.get());
    assertEquals(1, most, what + ": the most database connections it held at once");
    @SuppressWarnings("unchecked")
    T found = (T) result[0];
    return found;
  }

  @Test
  void aSearchHoldsOneConnectionAtATime() throws Exception {
    OfficeRef office = officeWithStories();
    for (String query : List.of("river story", "Rívèr stóry", "\"crossing story\" or riv*")) {
      LiveResults results =
          heldOnce(
              "the public search for " + query,
              () -> tenant.callAs(office, () -> search.live(EN, SearchQuery.of(query), 1, 10)));
      assertEquals(3, results.hits().size(), "hits for " + query);
      List<SearchMatch> forEditors =
          heldOnce(
              "the editors' search for " + query,
              () -> tenant.callAs(office, () -> search.forEditors(SearchQuery.of(query), null, 10)));
      assertFalse(forEditors.isEmpty(), "editors' matches for " + query);
    }
  }

  @Test
  void aListReadAfterAWriteUsesTheTransactionsConnectionAndSeesTheWrite() throws Exception {
    OfficeRef office = officeWithStories();
    UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
    tenant.runAs(
        office,
        () -> {
          try {
            transaction.begin();
            try {
              ContentItem item =
                  content.create(
                      ContentType.NEWS,
                      EN,
                      new Slug("written-now"),
                      RevisionInput.builder().title("Written now").body("<p>Now.</p>").build(),
                      ACTOR);
              live.publishLatest(item.getId(), ACTOR);
              em.flush(); // the transaction's work has begun in the database
              Map<Long, LiveItem> found =
                  heldOnce(
                      "a list read after a write", () -> queries.findLive(List.of(item.getId())));
              assertTrue(found.containsKey(item.getId()), "the read sees the transaction's item");
            } finally {
              transaction.rollback();
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
