package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications and e-mail over HTTP. The suite's server sends its outbox through {@link SmtpSink}:
 * while the sink hangs, the change that queued a message still answers at once and the message
 * waits with its error recorded; once the sink answers, the message is sent, once. Every other test
 * sends e-mail to the same sink, so the e-mails counted here are told apart by their reset link, or
 * counted before and after. The pass's second server ({@code node-b}, on the same database) has no
 * mail server configured: its outbox says so and keeps the messages.
 *
 * <p>Notifications of editorial steps (submit, request changes, publish) need the review workflow's
 * service, which fires the steps' events; they are covered in-container by {@code
 * OfficeIsolationIT} and by the unit tests of the rules until that service is there.
 */
@ExtendWith(MeridianServer.class)
@NeedsSecondServer
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String HQ_ADMIN = "hq.admin@meridian.example.org";
  private static final String MALI_EDITOR = "mali.editor@meridian.example.org";
  private static final String SENEGAL_EDITOR = "senegal.editor@meridian.example.org";
  private static final String GAMBIA_EDITOR = "gambia.editor@meridian.example.org";
  private static final String PUBLISHER = "wca.publisher@meridian.example.org";
  private static final String IN_REVIEW = "Saison des pluies";
  private static final Pattern RESET_LINK =
      Pattern.compile("reset-password\\.xhtml\\?token=[\\w-]+");

  private static SmtpSink sink;
  private static MeridianServer.Running mailing;
  private static int connectionsBefore;

  @BeforeAll
  static void useTheServerThatSendsMail() {
    mailing = MeridianServer.server();
    sink = MeridianServer.mailSink();
    sink.beSilent(true);
    connectionsBefore = sink.connections();
  }

  @AfterAll
  static void letTheMailServerAnswerAgain() {
    sink.beSilent(false);
  }

  /** The reset link in an outbox message. */
  private static String resetLinkIn(Element message) {
    Matcher link = RESET_LINK.matcher(message.select("pre.outbox-body").text());
    assertThat(link.find()).as("a reset link in %s", message.text()).isTrue();
    return link.group();
  }

  /** How many e-mails the sink received that carry {@code text}. */
  private static long mailsWith(String text) {
    return sink.received().stream().filter(mail -> mail.decoded().contains(text)).count();
  }

  /** Waits until no message of the outbox waits to be sent (what earlier tests queued). */
  private static void awaitOutboxSent(ConsoleSession hq) throws InterruptedException {
    await(
        () ->
            hq.open("/admin/outbox.xhtml").select("article.outbox-message").stream()
                .filter(m -> !m.attr("data-status").equals("SENT"))
                .filter(m -> !m.attr("data-status").equals("FAILED"))
                .count(),
        waiting -> waiting == 0,
        "the outbox to be sent");
  }

  /** Asks for a password reset link on {@code server}; returns how long the answer took. */
  private static Duration askForAResetLink(MeridianServer.Running server, String email) {
    Browser visitor = new Browser(server);
    HttpResponse<String> page = visitor.get("/admin/reset.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    Instant asked = Instant.now();
    HttpResponse<String> answer =
        FacesForm.on(page, "reset").with("reset", "email", email).press(visitor, "reset", "send");
    Duration took = Duration.between(asked, Instant.now());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(answer.body()).select("#sent").text())
        .contains("If an account exists for that address");
    return took;
  }

  /** The newest outbox message to {@code email} on the mailing server, as HQ sees it. */
  private static Element newestTo(ConsoleSession hq, String email) {
    Document outbox = hq.open("/admin/outbox.xhtml");
    Element message = outbox.selectFirst("article.outbox-message[data-recipient=" + email + "]");
    assertThat(message).as("a message to %s in the outbox", email).isNotNull();
    return message;
  }

  private static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    T value = probe.get();
    while (!done.test(value)) {
      assertThat(Instant.now()).as("waiting for %s; last seen: %s", what, value).isBefore(deadline);
      Thread.sleep(500);
      value = probe.get();
    }
    return value;
  }

  @Test
  @Order(1)
  void aMailServerThatNeverAnswersDelaysTheMessageButNeitherBlocksNorLosesIt() throws Exception {
    ConsoleSession hq = ConsoleSession.signIn(mailing, HQ_ADMIN);
    assertThat(hq.open("/admin/outbox.xhtml").select("#mail-server").text())
        .isEqualTo("127.0.0.1:" + sink.port());

    // The change answers at once although the relay is stuck waiting for the mail server.
    Duration took = askForAResetLink(mailing, MALI_EDITOR);
    assertThat(took).isLessThan(Duration.ofSeconds(5));

    Element waiting =
        await(
            () -> newestTo(hq, MALI_EDITOR),
            m -> m.attr("data-status").equals("RETRYING") && !m.select(".outbox-error").isEmpty(),
            "the failed attempt to be recorded");
    assertThat(waiting.select(".outbox-error-text").text()).containsIgnoringCase("timed out");
    assertThat(waiting.select(".outbox-status").text()).contains("Not sent yet");
    String link = resetLinkIn(waiting);
    assertThat(mailsWith(link)).isZero();
    assertThat(sink.connections()).isGreaterThan(connectionsBefore);

    // The mail server comes back: the message is tried again and sent.
    sink.beSilent(false);
    Element sent =
        await(
            () -> newestTo(hq, MALI_EDITOR),
            m -> m.attr("data-status").equals("SENT"),
            "the message to be sent once the mail server answers");
    assertThat(sent.select(".outbox-status").text()).contains("Sent");
    assertThat(sent.select(".outbox-error")).isEmpty();
    assertThat(resetLinkIn(sent)).isEqualTo(link);
    // What earlier tests queued (and the demo's waiting review) may go out now as well.
    assertThat(sink.received())
        .filteredOn(mail -> mail.decoded().contains(link))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail.recipients()).containsExactly(MALI_EDITOR);
              assertThat(mail.data())
                  .contains("From: meridian@it.example.org")
                  .contains("To: " + MALI_EDITOR)
                  .contains("reset-password.xhtml?token=");
            });
  }

  @Test
  @Order(2)
  void eachMessageIsSentOnceThroughTheConfiguredServer() throws Exception {
    ConsoleSession hq = ConsoleSession.signIn(mailing, HQ_ADMIN);
    askForAResetLink(mailing, SENEGAL_EDITOR);
    String link =
        resetLinkIn(
            await(
                () -> newestTo(hq, SENEGAL_EDITOR),
                m -> m.attr("data-status").equals("SENT"),
                "the message to be sent"));
    // More runs of the relay, until a later message has gone out too: nothing is sent twice.
    askForAResetLink(mailing, GAMBIA_EDITOR);
    await(
        () -> newestTo(hq, GAMBIA_EDITOR),
        m -> m.attr("data-status").equals("SENT"),
        "a later message to be sent");
    assertThat(mailsWith(link)).isEqualTo(1);
    String malisLink = resetLinkIn(newestTo(hq, MALI_EDITOR));
    assertThat(mailsWith(malisLink)).isEqualTo(1);
  }

  @Test
  @Order(3)
  void withoutAMailServerTheOutboxSaysSoAndKeepsTheMessages() {
    ConsoleSession hq = ConsoleSession.signIn(MeridianServer.second(), HQ_ADMIN);
    Document outbox = hq.open("/admin/outbox.xhtml");
    assertThat(outbox.select("#mail-unconfigured").text()).contains("No mail server is configured");
    assertThat(outbox.select("#mail-server")).isEmpty();
  }

  @Test
  @Order(4)
  void everyoneHasAnInboxWithTheUnreadCountInTheHeader() {
    ConsoleSession editor = ConsoleSession.signIn(GAMBIA_EDITOR);
    Document home = editor.open("/admin/index.xhtml");
    Element link = home.selectFirst("#nav-inbox");
    assertThat(link).isNotNull();
    assertThat(link.attr("href")).endsWith("/admin/inbox.xhtml");
    assertThat(link.select("#unread-count").text()).matches("\\(\\d+ unread\\)");

    Document inbox = editor.open("/admin/inbox.xhtml");
    assertThat(inbox.select("h1").text()).isEqualTo("Inbox");
    String unread = inbox.select("#inbox-unread").text();
    assertThat(inbox.select("#unread-count").text()).isEqualTo("(" + unread + " unread)");
    assertThat(inbox.select("#inbox-summary").text()).contains("gambia");
  }

  /** The inbox rows of the current office that are about {@code title}, of {@code kind}. */
  private static List<Element> rows(Document inbox, String kind, String title) {
    return inbox.select("table[id=inbox:list] tbody tr").stream()
        .filter(tr -> !tr.select(".notification-kind[data-kind=" + kind + "]").isEmpty())
        .filter(tr -> tr.select(".notification-item").text().contains(title))
        .toList();
  }

  /** Presses the button of {@code step} on an item's review screen, with a comment. */
  private static Document take(ConsoleSession person, long item, String step, String comment) {
    Document review = person.open("/admin/content/review.xhtml?item=" + item);
    Element button = review.selectFirst("input[data-step=" + step + "]");
    assertThat(button).as("%s may be taken on %s", step, item).isNotNull();
    return person.submit(review, "review", Map.of("review:comment", comment), button.attr("name"));
  }

  private static long mailsTo(String email, String subjectPart) {
    return sink.received().stream()
        .filter(m -> m.recipients().contains(email))
        // The subject may be MIME-encoded (Q encoding writes spaces as underscores).
        .filter(
            m -> m.data().contains(subjectPart) || m.data().contains(subjectPart.replace(' ', '_')))
        .count();
  }

  @Test
  @Order(5)
  void reviewersAreToldWhatAwaitsThemAndAuthorsWhatBecameOfTheirWork() throws Exception {
    // What earlier tests queued is sent first, so that the e-mails below can be counted.
    awaitOutboxSent(ConsoleSession.signIn(mailing, HQ_ADMIN));
    long changesRequestedBefore = mailsTo(SENEGAL_EDITOR, "Changes requested");
    long publishedBefore = mailsTo(SENEGAL_EDITOR, "Published");
    // The demo's Senegal item was submitted by senegal.editor: its publisher is told.
    ConsoleSession publisher = ConsoleSession.signIn(mailing, PUBLISHER);
    Document inbox = publisher.open("/admin/inbox.xhtml?office=senegal");
    List<Element> awaiting = rows(inbox, "AWAITING_REVIEW", IN_REVIEW);
    assertThat(awaiting).hasSize(1);
    assertThat(awaiting.get(0).select(".notification-status").text()).isEqualTo("Unread");
    assertThat(awaiting.get(0).select(".notification-message").text()).contains(SENEGAL_EDITOR);
    assertThat(inbox.select("#unread-count").text()).isNotEqualTo("(0 unread)");
    String href = awaiting.get(0).select(".notification-item").attr("href");
    assertThat(href).contains("/admin/content/edit.xhtml?item=");
    long item = Long.parseLong(href.replaceAll(".*item=(\\d+).*", "$1"));
    // Not in the same person's inbox of another office; not in the submitter's.
    assertThat(
            rows(publisher.open("/admin/inbox.xhtml?office=gambia"), "AWAITING_REVIEW", IN_REVIEW))
        .isEmpty();
    ConsoleSession editor = ConsoleSession.signIn(mailing, SENEGAL_EDITOR);
    assertThat(rows(editor.open("/admin/inbox.xhtml"), "AWAITING_REVIEW", IN_REVIEW)).isEmpty();

    // Changes requested: the author is told, with the comment, in the inbox and by e-mail.
    publisher.open("/admin/inbox.xhtml?office=senegal");
    String comment = "Ajoutez les dates, s'il vous plaît " + System.nanoTime();
    take(publisher, item, "REQUEST_CHANGES", comment);
    Document editorsInbox = editor.open("/admin/inbox.xhtml");
    List<Element> changes = rows(editorsInbox, "CHANGES_REQUESTED", IN_REVIEW);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).select(".notification-message").text())
        .contains(PUBLISHER)
        .contains(comment);
    await(
        () -> mailsTo(SENEGAL_EDITOR, "Changes requested"),
        n -> n == changesRequestedBefore + 1,
        "the e-mail about the requested changes");

    // Marking it read: the row says so and the count goes down.
    String before = editorsInbox.select("#inbox-unread").text();
    Element markRead = changes.get(0).selectFirst("input[type=submit]");
    assertThat(markRead).isNotNull();
    Document after = editor.submit(editorsInbox, "inbox", Map.of(), markRead.attr("name"));
    assertThat(
            rows(after, "CHANGES_REQUESTED", IN_REVIEW)
                .get(0)
                .select(".notification-status")
                .text())
        .isEqualTo("Read");
    assertThat(Long.parseLong(after.select("#inbox-unread").text()))
        .isEqualTo(Long.parseLong(before) - 1);

    // Submitted again, approved and published by the publisher: the author is told it is live.
    take(editor, item, "SUBMIT", "");
    take(publisher, item, "APPROVE", "");
    take(publisher, item, "PUBLISH", "");
    List<Element> published = rows(editor.open("/admin/inbox.xhtml"), "PUBLISHED", IN_REVIEW);
    assertThat(published).hasSize(1);
    assertThat(published.get(0).select(".notification-message").text()).contains("live");
    assertThat(rows(publisher.open("/admin/inbox.xhtml"), "PUBLISHED", IN_REVIEW)).isEmpty();
    await(
        () -> mailsTo(SENEGAL_EDITOR, "Published"),
        n -> n == publishedBefore + 1,
        "the e-mail about publishing");
    await(
        () -> mailsTo(PUBLISHER, "Awaiting your review"),
        n -> n >= 2,
        "the e-mails asking for review");
  }
}
