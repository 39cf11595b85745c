package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The changes {@link ClusterOutageIT} makes on one node and looks for on the other: an item's
 * workflow steps and its trash through the API, a menu entry, an office's branding and a network
 * alert through the console; and a console form sent through the front with an editor's cookies.
 */
final class ClusterChanges {

  static final String SETTINGS = "/admin/settings.xhtml";
  static final String TAGLINE = "branding:taglines:0:tagline";

  private ClusterChanges() {}

  /** A write token of the Gambia, issued by its administrator on {@code server}. */
  static String issueToken(MeridianServer.Running server) {
    ConsoleSession admin = ConsoleSession.signIn(server, ScheduledDrafts.GAMBIA_ADMIN);
    return ApiTokenIT.issue(admin, "cluster test " + ScheduledDrafts.unique(), "WRITE");
  }

  /** A workflow step (PUBLISH, UNPUBLISH) of a Gambian item, through {@code server}'s API. */
  static void step(MeridianServer.Running server, String token, long item, String step)
      throws Exception {
    HttpResponse<String> done =
        ClusterRig.HTTP.send(
            HttpRequest.newBuilder(server.uri("/api/v1/offices/gambia/items/" + item + "/steps"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"step\":\"" + step + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as(step + ": " + done.body()).isEqualTo(200);
  }

  /** A Gambian item to the trash, through {@code server}'s API. */
  static void trash(MeridianServer.Running server, String token, long item) throws Exception {
    HttpResponse<String> done =
        ClusterRig.HTTP.send(
            HttpRequest.newBuilder(server.uri("/api/v1/offices/gambia/items/" + item))
                .header("Authorization", "Bearer " + token)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(done.statusCode()).as("trash: " + done.body()).isEqualTo(204);
  }

  /** A network alert for an hour, in English, issued by HQ in the console (NetworkAlertsIT). */
  static void issueAlert(ConsoleSession hq, String text) {
    Document form = hq.open("/admin/alerts.xhtml");
    Document done =
        hq.submit(
            form,
            "alert",
            Map.of(
                "alert:audience",
                "",
                "alert:link",
                "",
                "alert:endsAt",
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                    .format(LocalDateTime.now(ZoneId.of("Europe/Zurich")).plusHours(1)),
                "message-en",
                text),
            "alert:issue");
    assertThat(done.select(".messages").text()).contains("is now on the sites");
  }

  /** Withdraws every alert showing, so that the suite's other classes see none. */
  static void withdrawAlerts(ConsoleSession hq) {
    Document list = hq.open("/admin/alerts.xhtml");
    for (int left = 0; left < 50; left++) {
      Element button = list.selectFirst("input[type=submit][value^=Withdraw alert]");
      if (button == null) {
        return;
      }
      list = hq.submit(list, "alerts", Map.of(), button.attr("name"));
    }
  }

  /** Adds an entry to the Gambia's main menu, to its About us page (MenuEditorIT). */
  static void addMenuEntry(ConsoleSession admin, String label) {
    Document menus = admin.open("/admin/menus.xhtml?menu=MAIN&lang=en");
    Document added = MenuEditorIT.add(admin, label, MenuEditorIT.aboutUsOption(menus), "");
    assertThat(added.select(".notice").text()).contains("Entry '" + label + "' added");
  }

  /** Saves the Gambia's English tagline, part of its branding (OfficeBrandingIT). */
  static void saveTagline(Browser admin, String tagline) {
    Document settings = FacesForms.parse(admin.get(SETTINGS));
    Document saved =
        FacesForms.parse(
            FacesForms.submit(
                admin, settings, "branding", "branding:save-branding", Map.of(TAGLINE, tagline)));
    assertThat(saved.select(".notice").text()).contains("The branding of 'gambia' was saved");
  }

  /** The session's cookies as a browser sends them (Payara adds a version cookie in a cluster). */
  static String sessionCookiesOf(ConsoleSession session) {
    String cookies = "JSESSIONID=" + session.browser().cookie("JSESSIONID").orElseThrow();
    return session
        .browser()
        .cookie("JSESSIONIDVERSION")
        .map(version -> cookies + "; JSESSIONIDVERSION=" + version)
        .orElse(cookies);
  }

  /**
   * Sends {@code formId} of {@code page} (a console view) to {@code front} with the session's
   * cookies, as the editor's browser would, pressing {@code button}.
   */
  static HttpResponse<String> submitThroughFront(
      ClusterRig front,
      Document page,
      String formId,
      Map<String, String> values,
      String button,
      String cookies)
      throws Exception {
    Element form = page.getElementById(formId);
    assertThat(form).as("form %s", formId).isNotNull();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input")) {
      String type = input.attr("type");
      boolean unchecked =
          (type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked");
      if (!input.attr("name").isEmpty() && !type.equals("submit") && !unchecked) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.putAll(values);
    fields.put(button, form.select("input[name=" + button.replace(":", "\\:") + "]").attr("value"));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI action = front.front(form.attr("action"));
    return ClusterRig.HTTP.send(
        HttpRequest.newBuilder(action)
            .header("Cookie", cookies)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
