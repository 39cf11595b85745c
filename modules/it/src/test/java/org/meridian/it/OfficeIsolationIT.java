package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.EditorQueries;
import org.meridian.content.ContentService;
import org.meridian.content.LiveQueries;
import org.meridian.content.LiveRevisions;
import org.meridian.content.ContentSummary;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.tenancy.NoOfficeResolvedException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.token.ApiTokens;
import org.meridian.workflow.audit.AuditFilter;
import org.meridian.workflow.audit.AuditRow;
import org.meridian.workflow.audit.AuditTrail;
import org.meridian.workflow.network.AcrossOffices;
import org.meridian.workflow.network.HqOnlyException;
import org.meridian.workflow.notify.Inbox;
import org.meridian.workflow.notify.InboxRefusedException;
import org.meridian.workflow.notify.NotificationKind;
import org.meridian.workflow.notify.NotificationView;
import org.meridian.workflow.review.EditorialState;
import org.meridian.workflow.review.ItemTransitioned;
import org.meridian.workflow.review.Transition;
import org.meridian.workflow.review.Workflow;
import org.meridian.workflow.schedule.ScheduledAction;
import org.meridian.workflow.schedule.Scheduling;
import org.meridian.workflow.schedule.internal.ScheduledChangeExecution;

/**
 * Inside the deployed WAR: the data layer keeps each office's content to itself, whichever service
 * door is used, and a page stored by {@code content} and made live by {@code workflow} is served by
 * {@code site}.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeIsolationIT {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  @Deployment(testable = true)
  static WebArchive deployment() {
    return InContainer.deployment();
  }

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private LiveRevisions live;
  @Inject private EditorQueries queries;
  @Inject private LiveQueries liveQueries;
  @Inject private Workflow workflow;

  @Inject private AccountDirectory accounts;
  @Inject private ApiTokens tokens;

  @Inject private AuditTrail audit;
  @Inject private AcrossOffices acrossOffices;
  @Inject private jakarta.transaction.UserTransaction transaction;

  @Inject private jakarta.enterprise.event.Event<ItemTransitioned> steps;
  @Inject private Inbox inbox;
  @Inject private org.meridian.tenancy.mail.MailOutbox outbox;
  @Inject private Scheduling scheduling;
  @Inject private ScheduledChangeExecution scheduledChanges;

  @ArquillianResource private URL base;

  private ApiTokenScenarios apiTokens() throws Exception {
    return new ApiTokenScenarios(offices, accounts, tenant, tokens, base.toURI());
  }

  private OfficeRef office(String code) {
    return offices.find(new OfficeCode(code)).orElseThrow();
  }

  private static Slug uniqueSlug(String prefix) {
    return new Slug(prefix + "-" + Long.toString(UNIQUE.incrementAndGet(), 36));
  }

  private long draftIn(OfficeRef office, Slug slug, String title) {
    return tenant.callAs(
        office,
        () ->
            content
                .create(
                    ContentType.PAGE, EN, slug, new RevisionInput(title, "", "<p>Text</p>"), "it")
                .getId());
  }

  @Test
  void officeDataCannotBeReadOrWrittenWithoutAnOffice() {
    assertTrue(tenant.current().isEmpty());
    assertThrows(NoOfficeResolvedException.class, () -> queries.listForEditors(10));
    assertThrows(NoOfficeResolvedException.class, () -> liveQueries.findLive(EN, new Slug("about-us")));
    assertThrows(
        NoOfficeResolvedException.class,
        () ->
            content.create(
                ContentType.PAGE, EN, uniqueSlug("orphan"), new RevisionInput("x", "", ""), "it"));
  }

  @Test
  void oneOfficeCannotReadChangeOrPublishAnothersItems() {
    OfficeRef gambia = office("gambia");
    OfficeRef senegal = office("senegal");
    Slug slug = uniqueSlug("gambia-only");
    long gambiaItem = draftIn(gambia, slug, "Gambia only");
    long gambiaRevision =
        tenant.callAs(
            gambia,
            () ->
                content
                    .saveRevision(gambiaItem, new RevisionInput("Gambia v2", "", ""), "it")
                    .getId());

    tenant.runAs(
        senegal,
        () -> {
          assertThrows(
              ContentNotFoundException.class,
              () -> content.saveRevision(gambiaItem, new RevisionInput("Hijack", "", ""), "x"));
          assertThrows(
              ContentNotFoundException.class, () -> live.publishLatest(gambiaItem, "x"));
          assertThrows(ContentNotFoundException.class, () -> live.publish(gambiaRevision, "x"));
          assertThrows(
              ContentNotFoundException.class,
              () -> workflow.take(gambiaItem, Transition.PUBLISH, "x", null));
          assertTrue(
              queries.listForEditors(1000).stream().noneMatch(s -> s.itemId() == gambiaItem));
          assertTrue(liveQueries.findLive(EN, slug).isEmpty());
        });

    ContentSummary untouched =
        tenant.callAs(
            gambia,
            () ->
                queries.listForEditors(1000).stream()
                    .filter(s -> s.itemId() == gambiaItem)
                    .findFirst()
                    .orElseThrow());
    assertEquals("Gambia v2", untouched.title());
    assertEquals(2, untouched.latestRevision());
    assertFalse(untouched.live());
  }

  @Test
  void theSameSlugMayBeUsedByTwoOffices() {
    Slug slug = uniqueSlug("shared-name");
    long inGambia = draftIn(office("gambia"), slug, "In The Gambia");
    long inSenegal = draftIn(office("senegal"), slug, "Au Sénégal");
    assertTrue(inGambia != inSenegal);
  }

  @Test
  void aPageStoredByContentAndPublishedByWorkflowIsServedBySiteAndApi() throws Exception {
    OfficeRef gambia = office("gambia");
    Slug slug = uniqueSlug("walking-skeleton");
    long item = draftIn(gambia, slug, "The walking skeleton works");
    HttpClient http = HttpClient.newHttpClient();
    URI page = base.toURI().resolve("gambia/en/" + slug);

    assertEquals(
        404,
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode());

    URI home = base.toURI().resolve("gambia/en/");
    HttpResponse<String> before =
        http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> cached =
        http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(
        before.headers().firstValue("ETag"), cached.headers().firstValue("ETag"), "served again");

    String headline = "Cache check " + slug;
    long news =
        tenant.callAs(
            gambia,
            () ->
                content
                    .create(
                        ContentType.NEWS,
                        EN,
                        uniqueSlug("cache-check"),
                        new RevisionInput(headline, "", "<p>News</p>"),
                        "it")
                    .getId());
    assertFalse(cached.body().contains(headline));

    tenant.runAs(gambia, () -> live.publishLatest(item, "it"));
    tenant.runAs(gambia, () -> live.publishLatest(news, "it"));

    // The page cache dropped gambia's pages when the publications committed.
    HttpResponse<String> after =
        http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(after.body().contains(headline), "the home page shows the new news at once");

    HttpResponse<String> served =
        http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, served.statusCode());
    assertTrue(served.body().contains("<h1>The walking skeleton works</h1>"), served.body());

    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/offices/gambia/content?lang=en"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(api.body().contains("\"slug\":\"" + slug + "\""), api.body());
    HttpResponse<String> senegalApi =
        http.send(
            HttpRequest.newBuilder(base.toURI().resolve("api/v1/offices/senegal/content?lang=en"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertFalse(senegalApi.body().contains(slug.value()), senegalApi.body());
  }

  @Test
  void onlyAnOfficesAdministratorsIssueAndRevokeItsApiTokens() throws Exception {
    apiTokens().onlyTheOfficesAdministratorsIssueAndRevokeItsTokens();
  }

  @Test
  void apiTokensStayInTheirOfficeAndAreRevokedOnce() throws Exception {
    apiTokens().tokensStayInTheirOfficeAndAreRevokedOnce();
  }

  @Test
  void apiTokenUseIsRecordedAtMostOnceAMinute() throws Exception {
    apiTokens().useIsRecordedAtMostOnceAMinute();
  }

  @Test
  void aSuspendedOfficesApiTokensAreRefusedUntilItIsReactivated() throws Exception {
    apiTokens().aSuspendedOfficesTokensAreRefusedUntilItIsReactivated();
  }

  private java.util.List<AuditRow> auditEntriesBy(String actor) {
    return audit
        .search(
            "hq.admin@meridian.example.org",
            office("hq"),
            new AuditFilter(null, actor, "content.published", null, null),
            0,
            50)
        .rows();
  }

  @Test
  void aRolledBackPublishLeavesNoAuditEntryAndACommittedOneLeavesOne() throws Exception {
    OfficeRef gambia = office("gambia");
    long item = draftIn(gambia, uniqueSlug("audited"), "Audited");
    String undone = "rolled-back-" + UNIQUE.incrementAndGet() + "@test.example.org";
    String done = "committed-" + UNIQUE.incrementAndGet() + "@test.example.org";

    transaction.begin();
    try {
      tenant.runAs(gambia, () -> live.publishLatest(item, undone));
    } finally {
      transaction.rollback();
    }
    assertTrue(auditEntriesBy(undone).isEmpty());

    tenant.runAs(gambia, () -> live.publishLatest(item, done));
    java.util.List<AuditRow> entries = auditEntriesBy(done);
    assertEquals(1, entries.size());
    assertEquals("gambia", entries.get(0).office());
    assertEquals("revision 1 live", entries.get(0).after());
  }

  @Test
  void onlyHqAdministratorsReadAcrossOffices() {
    assertThrows(
        HqOnlyException.class,
        () -> acrossOffices.readEach("test", "gambia.admin@meridian.example.org", o -> 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> acrossOffices.readEach(" ", "hq.admin@meridian.example.org", o -> 1));
    var counts =
        acrossOffices.readEach(
            "in-container test", "hq.admin@meridian.example.org", o -> queries.counts().items());
    assertEquals(offices.all().size(), counts.size());
    assertTrue(counts.get(new OfficeCode("gambia")) > 0);
  }

  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String GAMBIA_ADMIN = "gambia.admin@meridian.example.org";
  private static final String PUBLISHER = "wca.publisher@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";

  /** Fires a step as the review service does: inside the step's transaction, as its office. */
  private void step(OfficeRef office, long item, String title, Transition t, boolean commit)
      throws Exception {
    transaction.begin();
    try {
      tenant.runAs(
          office,
          () ->
              steps.fire(
                  new ItemTransitioned(
                      office.id(),
                      office.code().value(),
                      item,
                      title,
                      0,
                      1,
                      GAMBIA_EDITOR,
                      t,
                      EditorialState.DRAFT,
                      EditorialState.IN_REVIEW,
                      GAMBIA_EDITOR,
                      null,
                      java.time.Instant.now())));
    } finally {
      if (commit) {
        transaction.commit();
      } else {
        transaction.rollback();
      }
    }
  }

  private java.util.List<NotificationView> inboxOf(OfficeRef office, String person, long item) {
    return tenant.callAs(office, () -> inbox.mine(person, 0, Inbox.MAX_PAGE_SIZE)).items().stream()
        .filter(n -> n.itemId() == item)
        .toList();
  }

  @Test
  void notificationsReachTheirRecipientsInTheirOfficeOnlyAndFallWithTheirStep() throws Exception {
    OfficeRef gambia = office("gambia");
    OfficeRef senegal = office("senegal");
    String title = "Needs review " + UNIQUE.incrementAndGet();
    long item = draftIn(gambia, uniqueSlug("review"), title);

    // A step that rolls back leaves no notification and no e-mail.
    step(gambia, item, title, Transition.SUBMIT, false);
    assertTrue(inboxOf(gambia, PUBLISHER, item).isEmpty());
    assertTrue(outbox.latest(500).stream().noneMatch(m -> m.subject().contains(title)));

    step(gambia, item, title, Transition.SUBMIT, true);
    java.util.List<NotificationView> publishers = inboxOf(gambia, PUBLISHER, item);
    assertEquals(1, publishers.size());
    assertEquals(NotificationKind.AWAITING_REVIEW, publishers.get(0).kind());
    assertTrue(publishers.get(0).isUnread());
    assertEquals(1, inboxOf(gambia, GAMBIA_ADMIN, item).size());
    // Not the submitter; not another office's inbox of the same person; nobody outside the office.
    assertTrue(inboxOf(gambia, GAMBIA_EDITOR, item).isEmpty());
    assertTrue(inboxOf(senegal, PUBLISHER, item).isEmpty());
    assertThrows(InboxRefusedException.class, () -> inboxOf(senegal, GAMBIA_ADMIN, item));
    assertThrows(InboxRefusedException.class, () -> inboxOf(gambia, SENEGAL_EDITOR, item));
    assertTrue(
        outbox.latest(500).stream()
            .anyMatch(m -> m.recipient().equals(PUBLISHER) && m.subject().contains(title)));

    // Only the recipient marks it read, and only in its office.
    long id = publishers.get(0).id();
    assertFalse(tenant.callAs(gambia, () -> inbox.markRead(GAMBIA_ADMIN, id)));
    assertFalse(tenant.callAs(senegal, () -> inbox.markRead(PUBLISHER, id)));
    assertTrue(inboxOf(gambia, PUBLISHER, item).get(0).isUnread());
    long unread = tenant.callAs(gambia, () -> inbox.unread(PUBLISHER));
    assertTrue(tenant.callAs(gambia, () -> inbox.markRead(PUBLISHER, id)));
    assertFalse(inboxOf(gambia, PUBLISHER, item).get(0).isUnread());
    assertEquals(unread - 1, (long) tenant.callAs(gambia, () -> inbox.unread(PUBLISHER)));
    assertTrue(inboxOf(gambia, GAMBIA_ADMIN, item).get(0).isUnread());
  }

  @Test
  void whoeverScheduledAChangeThatFailedIsTold() {
    OfficeRef gambia = office("gambia");
    String title = "Scheduled to fail " + UNIQUE.incrementAndGet();
    long item = draftIn(gambia, uniqueSlug("failing"), title);
    long change =
        tenant.callAs(
            gambia,
            () ->
                scheduling
                    .schedule(
                        item,
                        ScheduledAction.PUBLISH,
                        java.time.LocalDateTime.now(gambia.timeZone()).plusDays(1),
                        GAMBIA_EDITOR)
                    .id());

    assertTrue(
        tenant.callAs(
            gambia, () -> scheduledChanges.recordFailure(change, "it-node", "The disk is full")));

    java.util.List<NotificationView> mine = inboxOf(gambia, GAMBIA_EDITOR, item);
    assertEquals(1, mine.size());
    assertEquals(NotificationKind.SCHEDULE_FAILED, mine.get(0).kind());
    assertEquals(title, mine.get(0).title());
    assertTrue(mine.get(0).message().contains("The disk is full"));
    // Recorded once: a second server's attempt to record it changes nothing and tells nobody.
    assertFalse(
        tenant.callAs(gambia, () -> scheduledChanges.recordFailure(change, "other", "again")));
    assertEquals(1, inboxOf(gambia, GAMBIA_EDITOR, item).size());
  }
}
