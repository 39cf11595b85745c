package org.meridian.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void theEnglishHasItsValuesAsTheyAre() {
    Refusal refusal =
        Refusal.of(
            "workflow.needs_0_approvals_has_1", "It needs {0} approvals (it has {1})", 2, 12345);

    assertThat(refusal.text()).isEqualTo("It needs 2 approvals (it has 12345)");
    assertThat(refusal.code()).isEqualTo("workflow.needs_0_approvals_has_1");
  }

  @Test
  void apostrophesAndMissingValuesStayAsWritten() {
    assertThat(Refusal.of("policy.x", "The office's {0} and {1}", "policy").text())
        .isEqualTo("The office's policy and {1}");
    assertThat(Refusal.of("policy.y", "Nothing in {0}", (Object) null).text())
        .isEqualTo("Nothing in ");
  }

  @Test
  void aCodeIsAStableDottedName() {
    assertThatThrownBy(() -> Refusal.of("Needs approval", "…"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Refusal.of("workflow", "…"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWordAmongTheValuesReadsAsItsEnglishInTheSentence() {
    Refusal.Word quotes = Refusal.Word.of("field.quotes", "Quotes");
    Refusal.Word row = Refusal.Word.of("fields.row_0_1", "{0} ({1})", quotes, 2);
    Refusal refusal = Refusal.of("fields.say_who_said_it_0", "{0}: say who said it.", row);

    assertThat(refusal.text()).isEqualTo("Quotes (2): say who said it.");
    assertThat(refusal.args()).containsExactly(row);
    assertThat(row.args()).containsExactly(quotes, 2);
    assertThat(Refusal.of("x.y_0", "keeps the source's {0}.", quotes.inLowerCase()).text())
        .isEqualTo("keeps the source's quotes.");
    assertThat(quotes.inLowerCase().key()).isEqualTo("field.quotes");
  }
}
