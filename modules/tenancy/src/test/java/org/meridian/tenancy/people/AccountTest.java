package org.meridian.tenancy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.tenancy.office.LanguageTag;

class AccountTest {

  @Test
  void normaliseEmailStripsAndLowerCases() {
    assertThat(Account.normaliseEmail("  Awa.Jallow@Example.ORG "))
        .isEqualTo("awa.jallow@example.org");
  }

  @Test
  void normalisedEmailsOfTheSamePersonAreEqual() {
    assertThat(Account.normaliseEmail("AWA@example.org"))
        .isEqualTo(Account.normaliseEmail("awa@EXAMPLE.org"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "awa",
        "awa@",
        "@example.org",
        "awa@example",
        "awa jallow@example.org",
        "awa@@example.org",
        "awa@exa mple.org"
      })
  void normaliseEmailRefusesWhatIsNotAnAddress(String email) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Account.normaliseEmail(email))
        .withMessageContaining("is not an e-mail address");
  }

  @Test
  void newAccountHasANormalisedEmailAndAStrippedNameAndCanSignIn() {
    Account account =
        new Account(" Awa@Example.org", "  Awa Jallow ", new LanguageTag("en"), "{hash}");

    assertThat(account.email()).isEqualTo("awa@example.org");
    assertThat(account.displayName()).isEqualTo("Awa Jallow");
    assertThat(account.canSignIn()).isTrue();
  }

  @Test
  void newAccountNeedsAName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Account("awa@example.org", " ", new LanguageTag("en"), "{hash}"));
  }

  @Test
  void aPersonChangesTheirPreferredLanguage() {
    Account account = new Account("awa@example.org", "Awa", new LanguageTag("en"), "hash");

    account.changePreferredLanguage(new LanguageTag("fr"));

    assertThat(account.preferredLanguage()).isEqualTo(new LanguageTag("fr"));
  }

  @Test
  void aPreferredLanguageIsRequired() {
    Account account = new Account("awa@example.org", "Awa", new LanguageTag("en"), "hash");

    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> account.changePreferredLanguage(null));
    assertThat(account.preferredLanguage()).isEqualTo(new LanguageTag("en"));
  }
}
