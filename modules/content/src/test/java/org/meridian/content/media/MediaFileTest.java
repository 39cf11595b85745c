package org.meridian.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MediaFileTest {

  private static final MediaLimits LIMITS = MediaLimits.DEFAULTS;

  private static MediaFile check(String name, byte[] bytes) {
    return MediaFile.check(name, bytes, LIMITS);
  }

  @Test
  void recognisesEachImageFormatByItsContentAndReadsItsSize() {
    assertThat(check("a.jpg", SampleFiles.image("jpg", 40, 30)))
        .extracting(MediaFile::format, MediaFile::width, MediaFile::height)
        .containsExactly(MediaFormat.JPEG, 40, 30);
    assertThat(check("a.png", SampleFiles.image("png", 41, 31)))
        .extracting(MediaFile::format, MediaFile::width, MediaFile::height)
        .containsExactly(MediaFormat.PNG, 41, 31);
    assertThat(check("a.gif", SampleFiles.image("gif", 42, 32)))
        .extracting(MediaFile::format, MediaFile::width, MediaFile::height)
        .containsExactly(MediaFormat.GIF, 42, 32);
    assertThat(check("a.webp", SampleFiles.webpLossless()))
        .extracting(MediaFile::format, MediaFile::width, MediaFile::height)
        .containsExactly(MediaFormat.WEBP, 1, 1);
    assertThat(check("b.webp", SampleFiles.webpLossy()))
        .extracting(MediaFile::format, MediaFile::width, MediaFile::height)
        .containsExactly(MediaFormat.WEBP, 1, 1);
  }

  @Test
  void recognisesDocumentsByTheirStructure() {
    assertThat(check("r.pdf", SampleFiles.pdf()).format()).isEqualTo(MediaFormat.PDF);
    assertThat(check("r.docx", SampleFiles.officeOpenXml("word/document.xml")).format())
        .isEqualTo(MediaFormat.DOCX);
    assertThat(check("r.xlsx", SampleFiles.officeOpenXml("xl/workbook.xml")).format())
        .isEqualTo(MediaFormat.XLSX);
    assertThat(check("r.pptx", SampleFiles.officeOpenXml("ppt/presentation.xml")).format())
        .isEqualTo(MediaFormat.PPTX);
    assertThat(check("r.doc", SampleFiles.compoundFile("WordDocument", "1Table")).format())
        .isEqualTo(MediaFormat.DOC);
    assertThat(check("r.xls", SampleFiles.compoundFile("Workbook")).format())
        .isEqualTo(MediaFormat.XLS);
    assertThat(check("r.ppt", SampleFiles.compoundFile("PowerPoint Document")).format())
        .isEqualTo(MediaFormat.PPT);
  }

  @Test
  void theNameNeverDecidesTheFormat() {
    MediaFile pngNamedPdf = check("Report.pdf", SampleFiles.image("png", 10, 10));
    assertThat(pngNamedPdf.format()).isEqualTo(MediaFormat.PNG);
    assertThat(pngNamedPdf.fileName()).isEqualTo("report.png");
    assertThat(check("slides.pptx", SampleFiles.officeOpenXml("word/document.xml")).fileName())
        .isEqualTo("slides.docx");
  }

  @Test
  void anHtmlPageNamedLikeAPhotoIsRefusedWithAClearMessage() {
    byte[] html =
        "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> check("holiday.jpg", html))
        .isInstanceOf(MediaRefusedException.class)
        .hasMessageContaining("'holiday.jpg' is not a file the library accepts")
        .hasMessageContaining("it looks like HTML")
        .hasMessageContaining("not by their name");
  }

  @Test
  void svgAndOtherLookAlikesAreRefused() {
    assertThatThrownBy(
            () -> check("logo.png", "<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("SVG");
    // A ZIP that is not an Office document, and an OLE2 file that is no Word, Excel or PowerPoint.
    assertThatThrownBy(() -> check("a.docx", SampleFiles.officeOpenXml(null)))
        .hasMessageContaining("ZIP archive");
    assertThatThrownBy(() -> check("a.doc", SampleFiles.compoundFile("__substg1.0_0037001F")))
        .isInstanceOf(MediaRefusedException.class);
    // A PDF cut off before its end, and a JPEG signature followed by nothing that decodes.
    byte[] pdf = SampleFiles.pdf();
    assertThatThrownBy(() -> check("a.pdf", Arrays.copyOf(pdf, pdf.length - 8)))
        .isInstanceOf(MediaRefusedException.class);
    byte[] fakeJpeg = new byte[64];
    fakeJpeg[0] = (byte) 0xff;
    fakeJpeg[1] = (byte) 0xd8;
    fakeJpeg[2] = (byte) 0xff;
    assertThatThrownBy(() -> check("a.jpg", fakeJpeg))
        .hasMessageContaining("JPEG image is damaged");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> check("a.jpg", new byte[0])).hasMessageContaining("empty");
  }

  @Test
  void sizeLimitsDependOnTheKind() {
    byte[] png = SampleFiles.image("png", 200, 200);
    byte[] pdf = SampleFiles.pdf();
    MediaLimits small = new MediaLimits(png.length - 1, 100_000, 1_000_000);

    assertThatThrownBy(() -> MediaFile.check("big.png", png, small))
        .hasMessageContaining("images may have at most");
    assertThat(MediaFile.check("ok.pdf", pdf, small).format()).isEqualTo(MediaFormat.PDF);
    assertThatThrownBy(
            () -> MediaFile.check("huge.pdf", pdf, new MediaLimits(1_000_000, pdf.length - 1, 1)))
        .hasMessageContaining("documents may have at most");
    assertThatThrownBy(() -> MediaFile.check("any", new byte[200_001], small))
        .hasMessageContaining("the library takes files of at most");
  }

  @Test
  void anImageWithTooManyPixelsIsRefusedBeforeItIsDecoded() {
    byte[] png = SampleFiles.image("png", 1200, 1000);
    assertThatThrownBy(
            () ->
                MediaFile.check(
                    "wide.png", png, new MediaLimits(10_000_000, 10_000_000, 1_000_000)))
        .hasMessageContaining("1200×1000 pixels");
  }

  @Test
  void fileNamesAreMadeSafeForAddresses() {
    assertThat(MediaFile.safeName("C:\\Users\\x\\Rapport annuel été 2025.PDF", MediaFormat.PDF))
        .isEqualTo("rapport-annuel-ete-2025.pdf");
    assertThat(MediaFile.safeName("../../etc/passwd", MediaFormat.PNG)).isEqualTo("passwd.png");
    assertThat(MediaFile.safeName("تقرير.docx", MediaFormat.DOCX)).isEqualTo("file.docx");
    assertThat(MediaLinks.parse(MediaLinks.original("gambia", 12, "rapport-annuel-ete-2025.pdf")))
        .isPresent();
  }
}
