package org.meridian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  @Test
  void readsItsParametersAndWritesThemBackAsAQuery() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("forOffice", "gambia");
    parameters.put("person", " Admin & co ");
    parameters.put("action", "content.published");
    parameters.put("from", "2026-11-01");
    parameters.put("to", "2026-11-30");
    AuditFilter filter = AuditFilter.fromParameters(parameters::get);
    assertThat(filter)
        .isEqualTo(
            new AuditFilter(
                "gambia",
                "Admin & co",
                "content.published",
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30")));
    assertThat(filter.toQuery())
        .isEqualTo(
            "forOffice=gambia&person=Admin+%26+co&action=content.published"
                + "&from=2026-11-01&to=2026-11-30");
  }

  @Test
  void anItemIsANumberAndGoesBackIntoTheQuery() {
    AuditFilter filter = AuditFilter.fromParameters(name -> name.equals("item") ? " 42 " : null);
    assertThat(filter.item()).isEqualTo(42L);
    assertThat(filter.toQuery()).isEqualTo("item=42");
    assertThat(AuditFilter.itemSubject(42)).isEqualTo("item 42");
    for (String bad : new String[] {"x", "-3", "0", "1e5", "99999999999999999999"}) {
      assertThatThrownBy(() -> AuditFilter.fromParameters(name -> name.equals("item") ? bad : null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not an item number");
    }
  }

  @Test
  void blankPartsMeanAnything() {
    AuditFilter filter = AuditFilter.fromParameters(name -> name.equals("person") ? "  " : null);
    assertThat(filter).isEqualTo(AuditFilter.everything());
    assertThat(filter.toQuery()).isEmpty();
  }

  @Test
  void malformedValuesAreRefusedWithAMessage() {
    assertThatThrownBy(() -> AuditFilter.fromParameters(n -> n.equals("from") ? "30/11" : null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start date '30/11' is not a date");
    assertThatThrownBy(() -> new AuditFilter(null, null, "content.deleted", null, null))
        .hasMessageContaining("no action 'content.deleted'");
    assertThatThrownBy(
            () ->
                new AuditFilter(
                    null, null, null, LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-01")))
        .hasMessageContaining("before the start");
  }
}
