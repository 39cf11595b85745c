package org.meridian.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiredViewRecoveryTest {

  @Test
  void goesBackToThePostedAddressWithItsQueryAndTheMark() {
    assertThat(ExpiredViewRecovery.returnAddress("", "/admin/content/edit.xhtml", "item=42"))
        .isEqualTo("/admin/content/edit.xhtml?item=42&expired=1");
    assertThat(
            ExpiredViewRecovery.returnAddress("", "/admin/content/edit.xhtml", "type=NEWS&lang=fr"))
        .isEqualTo("/admin/content/edit.xhtml?type=NEWS&lang=fr&expired=1");
    assertThat(ExpiredViewRecovery.returnAddress("", "/admin/media.xhtml", null))
        .isEqualTo("/admin/media.xhtml?expired=1");
    assertThat(ExpiredViewRecovery.returnAddress("/cms", "/cms/admin/people.xhtml", ""))
        .isEqualTo("/cms/admin/people.xhtml?expired=1");
  }

  @Test
  void marksOnlyOnceWhenThePageWasAlreadyMarked() {
    assertThat(
            ExpiredViewRecovery.returnAddress(
                "", "/admin/content/edit.xhtml", "item=7&expired=1&expired"))
        .isEqualTo("/admin/content/edit.xhtml?item=7&expired=1");
  }

  @Test
  void neverLeavesTheConsole() {
    assertThat(ExpiredViewRecovery.returnAddress("", "/gambia/en/news", "q=x"))
        .isEqualTo("/admin/index.xhtml?expired=1");
    assertThat(ExpiredViewRecovery.returnAddress("", "/admin/../evil", null))
        .isEqualTo("/admin/index.xhtml?expired=1");
    assertThat(ExpiredViewRecovery.returnAddress("", "/admin//evil.example.org/x", null))
        .isEqualTo("/admin/index.xhtml?expired=1");
    assertThat(ExpiredViewRecovery.returnAddress("", null, null))
        .isEqualTo("/admin/index.xhtml?expired=1");
  }
}
