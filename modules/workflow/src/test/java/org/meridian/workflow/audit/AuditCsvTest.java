package org.meridian.workflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.workflow.csv.Csv;

class AuditCsvTest {

  @Test
  void plainTextStaysAsItIs() {
    assertThat(Csv.cell("content.published")).isEqualTo("content.published");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell("")).isEmpty();
  }

  @Test
  void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.cell("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void cellsThatStartLikeAFormulaGetAnApostrophe() {
    assertThat(Csv.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(Csv.cell("+1+2")).isEqualTo("'+1+2");
    assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("a=1")).isEqualTo("a=1");
  }

  @Test
  void aTabOrCarriageReturnAtTheStartIsDefusedToo() {
    assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
    assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
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
                "west-central-africa",
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
                null,
                "signin.failed",
                "console sign-in",
                null,
                null,
                "-wrong")),
        out);
    assertThat(out.toString())
        .isEqualTo(
            "when,actor,office,acting_office,action,subject,client_address,before,after\r\n"
                + "2026-11-30T10:15:30Z,gambia.admin@meridian.example.org,gambia,"
                + "west-central-africa,token.issued,"
                + "\"token mrd_ab12… 'Partner, portal'\",10.0.0.1,,\"active, scope READ\"\r\n"
                + "2026-11-30T10:16:00Z,unknown (login 0123456789ab),,,signin.failed,"
                + "console sign-in,,,'-wrong\r\n");
  }
}
