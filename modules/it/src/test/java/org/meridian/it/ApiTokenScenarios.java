package org.meridian.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.token.ApiScope;
import org.meridian.tenancy.token.ApiTokenRefusedException;
import org.meridian.tenancy.token.ApiTokens;
import org.meridian.tenancy.token.AuthenticatedToken;
import org.meridian.tenancy.token.IssuedToken;
import org.meridian.tenancy.token.TokenManagementDeniedException;

/**
 * The API token checks that need the wired services, run by {@link OfficeIsolationIT} inside its
 * deployment (one Arquillian deployment serves the whole suite). Each scenario works in offices of
 * its own, with their own administrator and editor, so none depends on the demo data or another.
 */
final class ApiTokenScenarios {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

  private record TestOffice(OfficeRef office, String admin, String editor) {}

  private final OfficeDirectory offices;
  private final AccountDirectory accounts;
  private final TenantContext tenant;
  private final ApiTokens tokens;
  private final URI base;

  ApiTokenScenarios(
      OfficeDirectory offices,
      AccountDirectory accounts,
      TenantContext tenant,
      ApiTokens tokens,
      URI base) {
    this.offices = offices;
    this.accounts = accounts;
    this.tenant = tenant;
    this.tokens = tokens;
    this.base = base;
  }

  private TestOffice newOffice() {
    String id = Long.toString(UNIQUE.incrementAndGet(), 36);
    OfficeCode code = new OfficeCode("test-" + id);
    Office region = offices.load(new OfficeCode("west-central-africa"));
    OfficeRef office =
        offices.create(
            new Office(
                code, OfficeType.COUNTRY, region, List.of(EN), ZoneId.of("UTC"), Map.of(EN, id)),
            "it");
    String admin = "admin-" + id + "@test.example.org";
    String editor = "editor-" + id + "@test.example.org";
    accounts.create(admin, "Admin " + id, EN, "in-container-password");
    accounts.grant(admin, offices.load(code), Role.OFFICE_ADMIN);
    accounts.create(editor, "Editor " + id, EN, "in-container-password");
    accounts.grant(editor, offices.load(code), Role.EDITOR);
    return new TestOffice(office, admin, editor);
  }

  private IssuedToken issue(TestOffice in, ApiScope scope) {
    return tenant.callAs(in.office(), () -> tokens.issue("Client", scope, in.admin()));
  }

  void onlyTheOfficesAdministratorsIssueAndRevokeItsTokens() {
    TestOffice one = newOffice();
    TestOffice other = newOffice();
    tenant.runAs(
        one.office(),
        () -> {
          assertThrows(
              TokenManagementDeniedException.class,
              () -> tokens.issue("Editor's", ApiScope.READ, one.editor()));
          assertThrows(
              TokenManagementDeniedException.class,
              () -> tokens.issue("Stranger's", ApiScope.READ, other.admin()));
          assertTrue(tokens.list().isEmpty(), "nothing was written");
        });
    long id = issue(one, ApiScope.READ).token().id();
    tenant.runAs(
        one.office(),
        () ->
            assertThrows(
                TokenManagementDeniedException.class, () -> tokens.revoke(id, one.editor())));
  }

  void tokensStayInTheirOfficeAndAreRevokedOnce() {
    TestOffice one = newOffice();
    TestOffice other = newOffice();
    IssuedToken issued = issue(one, ApiScope.READ);
    long id = issued.token().id();

    AuthenticatedToken caller = tokens.authenticate(issued.secret());
    assertEquals(one.office().id(), caller.office().id());
    assertEquals(ApiScope.READ, caller.scope());
    assertTrue(tenant.current().isEmpty(), "authenticating leaves no office behind");

    tenant.runAs(
        other.office(),
        () -> {
          assertTrue(tokens.list().isEmpty());
          assertThrows(IllegalArgumentException.class, () -> tokens.revoke(id, other.admin()));
        });
    tenant.runAs(one.office(), () -> tokens.revoke(id, one.admin()));
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> tenant.runAs(one.office(), () -> tokens.revoke(id, one.admin())));
    assertTrue(twice.getMessage().contains("already revoked"), twice.getMessage());
    ApiTokenRefusedException refused =
        assertThrows(ApiTokenRefusedException.class, () -> tokens.authenticate(issued.secret()));
    assertEquals(ApiTokenRefusedException.Reason.REVOKED, refused.reason());
  }

  void useIsRecordedAtMostOnceAMinute() {
    TestOffice one = newOffice();
    IssuedToken issued = issue(one, ApiScope.WRITE);
    assertNull(lastUsedAt(one, issued), "never used");

    tokens.authenticate(issued.secret());
    Instant first = lastUsedAt(one, issued);
    tokens.authenticate(issued.secret());

    assertNotNull(first);
    assertEquals(first, lastUsedAt(one, issued), "a second use within the minute is not written");
  }

  private Instant lastUsedAt(TestOffice in, IssuedToken issued) {
    return tenant.callAs(
        in.office(),
        () ->
            tokens.list().stream()
                .filter(t -> t.id() == issued.token().id())
                .findFirst()
                .orElseThrow()
                .lastUsedAt());
  }

  void aSuspendedOfficesTokensAreRefusedUntilItIsReactivated() throws Exception {
    TestOffice one = newOffice();
    String secret = issue(one, ApiScope.WRITE).secret();
    OfficeCode code = one.office().code();
    URI items = base.resolve("api/v1/offices/" + code + "/items");
    assertEquals(200, get(items, secret).statusCode());

    offices.changeStatus(code, OfficeStatus.SUSPENDED, "it");
    assertEquals(OfficeStatus.SUSPENDED, offices.find(code).orElseThrow().status());
    HttpResponse<String> refused = get(items, secret);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("is suspended"), refused.body());
    assertEquals(
        ApiTokenRefusedException.Reason.OFFICE_NOT_ACTIVE,
        assertThrows(ApiTokenRefusedException.class, () -> tokens.authenticate(secret)).reason());

    offices.changeStatus(code, OfficeStatus.ACTIVE, "it");
    assertEquals(200, get(items, secret).statusCode());
  }

  private static HttpResponse<String> get(URI uri, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
