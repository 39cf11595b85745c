package org.meridian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void plainTextStaysAsItIs() {
    assertThat(AuditCsv.cell("content.published")).isEqualTo("content.published");
    assertThat(AuditCsv.cell(null)).isEmpty();
    assertThat(AuditCsv.cell("")).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditCsv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void cellsThatStartLikeAFormulaGetAnApostrophe() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(AuditCsv.cell("+1+2")).isEqualTo("'+1+2");
    assertThat(AuditCsv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditCsv.cell("a=1")).isEqualTo("a=1");
  }

  @Test
  void aTabOrCarriageReturnAtTheStartIsDefusedToo() {
    assertThat(AuditCsv.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(AuditCsv.cell("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @Test
  void writesAHeaderAndOneCrlfLinePerRow() {
    StringWriter out = new StringWriter();
    AuditCsv.write(
        List.of(
            new AuditRow(
                7,
                Instant.parse("2026-11-30T10:15:30Z"),
                "gambia.admin@meridian.example.org",
                "gambia",
                "token.issued",
                "token mrd_ab12… 'Partner, portal'",
                "10.0.0.1",
                null,
                "active, scope READ"),
            new AuditRow(
                8,
                Instant.parse("2026-11-30T10:16:00Z"),
                "unknown (login 0123456789ab)",
                null,
                "signin.failed",
                "console sign-in",
                null,
                null,
                "-wrong")),
        out);
    assertThat(out.toString())
        .isEqualTo(
            "when,actor,office,action,subject,client_address,before,after\r\n"
                + "2026-11-30T10:15:30Z,gambia.admin@meridian.example.org,gambia,token.issued,"
                + "\"token mrd_ab12… 'Partner, portal'\",10.0.0.1,,\"active, scope READ\"\r\n"
                + "2026-11-30T10:16:00Z,unknown (login 0123456789ab),,signin.failed,"
                + "console sign-in,,,'-wrong\r\n");
  }
}
