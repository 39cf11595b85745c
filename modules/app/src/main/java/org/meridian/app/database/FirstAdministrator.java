package org.meridian.app.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.AccountDirectory;
import org.meridian.tenancy.people.PasswordPolicy;
import org.meridian.tenancy.people.Role;

/**
 * What an empty database receives when the demo network is not wanted (production): the
 * headquarters office and one HQ administrator, who creates the rest from the console. The
 * administrator's e-mail is {@code MERIDIAN_ADMIN_EMAIL}; the password is {@code
 * MERIDIAN_ADMIN_PASSWORD}, or, when that is not set, a random one printed once on standard output
 * and never stored in clear or logged. A database with any office is never touched.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final LanguageTag EN = new LanguageTag("en");

  @Inject private OfficeDirectory offices;
  @Inject private AccountDirectory accounts;

  @Inject
  @ConfigProperty(name = "meridian.admin.email", defaultValue = "admin@example.org")
  private String email;

  @Inject
  @ConfigProperty(name = "meridian.admin.password")
  private Optional<String> configuredPassword;

  /**
   * Creates the headquarters and its administrator when the database has no office; says what it
   * did (with the password when it was made up here), or nothing.
   */
  @ActivateRequestContext
  @Transactional
  public String createIfEmpty() {
    if (!offices.isEmpty()) {
      return "";
    }
    String given = configuredPassword.map(String::strip).orElse("");
    String password = given.isEmpty() ? randomPassword() : given;
    PasswordPolicy.check(password);
    var hq =
        offices.create(
            new Office(
                new OfficeCode("hq"),
                OfficeType.HQ,
                null,
                List.of(EN),
                ZoneId.of("UTC"),
                Map.of(EN, "Headquarters")),
            "system");
    accounts.create(email, "Administrator", EN, password);
    accounts.grant(email, offices.load(hq.code()), Role.HQ_ADMIN);
    LOG.info(
        () ->
            "The database was empty: created the headquarters office (hq) and its administrator "
                + email
                + (given.isEmpty()
                    ? " (password printed once on standard output)"
                    : " (password from MERIDIAN_ADMIN_PASSWORD)"));
    return "  First sign-in: "
        + email
        + ", password "
        + (given.isEmpty()
            ? password + "  (shown this once: sign in and choose Change password)"
            : "from MERIDIAN_ADMIN_PASSWORD")
        + "\n";
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
