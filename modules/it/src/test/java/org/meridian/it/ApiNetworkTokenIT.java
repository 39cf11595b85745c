package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.it.ApiTokenIT.bearer;
import static org.meridian.it.ApiTokenIT.json;
import static org.meridian.it.ApiTokenIT.newsBody;
import static org.meridian.it.ApiTokenIT.rowOf;
import static org.meridian.it.ApiTokenIT.unique;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HQ's network tokens: one token for every office's management API, offered to HQ's
 * administrators only, each use in the audit trail (tokens of one office: {@link ApiTokenIT}).
 */
@ExtendWith(MeridianServer.class)
class ApiNetworkTokenIT {

  private static final String ADMIN = "gambia.admin@meridian.example.org";
  private static final String ITEMS = "/api/v1/offices/gambia/items";

  private Browser client;

  @BeforeEach
  void newClient() {
    client = new Browser(MeridianServer.server());
  }

  @Test
  void hqsNetworkTokenActsOnAnyOfficeAndEveryUseIsInTheAuditTrail() {
    String name = unique("Aggregator");
    String network = ApiTokenIT.issueNetwork(name, "READ");

    HttpResponse<String> senegal =
        client.get("/api/v1/offices/senegal/items?size=1", bearer(network));
    HttpResponse<String> gambia = client.get(ITEMS + "?size=1", bearer(network));
    assertThat(senegal.statusCode()).as(senegal.body()).isEqualTo(200);
    assertThat(json(senegal).getString("office")).isEqualTo("senegal");
    assertThat(gambia.statusCode()).as(gambia.body()).isEqualTo(200);
    assertThat(client.get("/api/v1/offices/nowhere/items", bearer(network)).statusCode())
        .isEqualTo(404);
    assertThat(
            client
                .postJson("/api/v1/offices/senegal/items", bearer(network), newsBody("n", "N"))
                .statusCode())
        .as("a read network token does not write")
        .isEqualTo(403);

    ConsoleSession hq = ConsoleSession.signIn("hq.admin@meridian.example.org");
    Document audit =
        hq.open("/admin/audit.xhtml?action=token.network-use&forOffice=senegal");
    assertThat(audit.select("table#entries tbody tr").eachText())
        .anySatisfy(
            row ->
                assertThat(row)
                    .contains("api-token:" + name)
                    .contains("GET /api/v1/offices/senegal/items"));
    Document tokens = hq.open("/admin/tokens.xhtml");
    assertThat(rowOf(tokens, name).text()).contains("network");
  }

  @Test
  void anOfficeAdministratorIsNotOfferedANetworkTokenAndAForgedOneStaysTheOffices() {
    ConsoleSession admin = ConsoleSession.signIn(ADMIN);
    assertThat(admin.open("/admin/tokens.xhtml").getElementById("issue:network")).isNull();
    String forged = ApiTokenIT.issue(admin, unique("Forged"), "READ", Map.of("issue:network", "on"));

    HttpResponse<String> senegal = client.get("/api/v1/offices/senegal/items", bearer(forged));
    assertThat(senegal.statusCode()).isEqualTo(403);
    assertThat(json(senegal).getString("detail")).contains("for the office 'gambia'");
  }
}
