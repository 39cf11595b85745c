package org.meridian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meridian.tenancy.office.OfficeRef;

class AuditEntryTest {

  @Test
  void anEntryKeepsNoMoreThanItsColumnsHoldAndNeedsAnActor() {
    OfficeRef network = null;
    AuditEntry entry =
        new AuditEntry(
            Instant.EPOCH,
            " hq.admin@meridian.example.org ",
            network,
            AuditAction.HQ_READ_ACROSS_OFFICES,
            "x".repeat(400),
            null,
            null,
            "y".repeat(600));
    AuditRow row = entry.row();
    assertThat(row.actor()).isEqualTo("hq.admin@meridian.example.org");
    assertThat(row.office()).isNull();
    assertThat(row.action()).isEqualTo("hq.read-across-offices");
    assertThat(row.subject()).hasSize(300).endsWith("…");
    assertThat(row.after()).hasSize(500);
    assertThatThrownBy(
            () ->
                new AuditEntry(
                    Instant.EPOCH, " ", null, AuditAction.SIGNIN_FAILED, "", null, null, null))
        .hasMessageContaining("actor");
  }
}
