package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meridian.content.fields.Jsons;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.OfficePeople;
import org.meridian.tenancy.people.Role;

/**
 * An office's people and their roles in an archive ({@code people.json}, chosen at export): out,
 * one entry per membership with the person's e-mail, name, language and role — never a password
 * hash or anything else that signs a person in; in, one person per transaction, through the same
 * grant rules as the people screen ({@link OfficePeople#arrive}): the account with that e-mail gets
 * the role, an unknown person gets an account without a password and sets one through a reset link.
 */
@ApplicationScoped
public class ArchivePeople {

  @Inject private OfficePeople people;
  @Inject private AccountDirectory accounts;
  @Inject private TenantContext tenant;
  @Inject private ImportedParts parts;

  /** What the import of one person did. */
  public record Arrived(OfficePeople.Arrival arrival, List<Refusal> notes) {}

  /** The current office's memberships, for {@code people.json}. */
  @Transactional
  public List<JsonObject> of(String actor) {
    return people.list(actor, tenant.require().code()).stream()
        .map(
            p ->
                Jsons.createObjectBuilder()
                    .add("id", p.membershipId())
                    .add("email", p.email())
                    .add("name", p.name())
                    .add("language", p.language().value())
                    .add("role", p.role().name())
                    .build())
        .toList();
  }

  /**
   * Gives the person of {@code json} their role in the current office, recorded with its source id
   * in the same transaction.
   *
   * @throws RuntimeException a refusal (an unknown role, an HQ role outside HQ, not an e-mail)
   */
  @Transactional
  public Arrived person(JsonObject json, ImportContext ctx, String actor) {
    OfficeRef office = tenant.require();
    String email = json.getString("email", "");
    Role role = role(json.getString("role", ""));
    LanguageTag language =
        LanguageTag.parse(json.getString("language", "")).orElse(office.defaultLanguage());
    String name = json.getString("name", "");
    OfficePeople.Arrival arrival =
        people.arrive(actor, office.code(), email, name.isBlank() ? email : name, language, role);
    long account =
        accounts
            .find(email)
            .orElseThrow(() -> new IllegalStateException("No account " + email))
            .getId();
    parts.remember(ctx, ImportContext.PERSON, json.getJsonNumber("id").longValue(), account);
    List<Refusal> notes =
        arrival == OfficePeople.Arrival.ACCOUNT_CREATED
            ? List.of(
                Refusal.of(
                    "archive.person_0_without_password",
                    "{0} has a new account without a password: they set one with \"Forgot your"
                        + " password?\" on the sign-in page.",
                    email))
            : List.of();
    return new Arrived(arrival, notes);
  }

  private static Role role(String name) {
    for (Role role : Role.values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new RefusedArgumentException(
        Refusal.of("archive.role_0_unknown", "'{0}' is not a role of Meridian.", name));
  }
}
