package org.meridian.content.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.meridian.content.media.internal.CompoundFile;
import org.meridian.content.media.internal.PersonalMetadata;
import org.meridian.content.media.internal.ZipDirectory;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.image.ImageDecoding;
import org.meridian.tenancy.image.ImageRefusedException;

/**
 * An uploaded file the library accepts: its format recognised from its content (magic bytes and
 * structure), within the size limits, images decoded once to prove they are whole. The file name is
 * reduced to safe characters and gets the extension of the detected format.
 *
 * @param width pixels, images only (0 for documents)
 * @param height pixels, images only (0 for documents)
 */
public record MediaFile(
    MediaFormat format, String fileName, int width, int height, String sha256, byte[] bytes) {

  /** Checks an upload; throws {@link MediaRefusedException} saying what is wrong. */
  public static MediaFile check(String uploadedName, byte[] bytes, MediaLimits limits) {
    return checkDecoded(uploadedName, bytes, limits).file();
  }

  /**
   * A checked upload with the picture its check decoded (upright), so that its renditions are cut
   * from it rather than from a second decode of the same bytes; {@code null} for files that are not
   * decoded (documents, WebP).
   */
  record Checked(MediaFile file, BufferedImage picture) {}

  /**
   * The same check as {@link #check}, keeping the decoded picture ({@link Checked}).
   *
   * @throws MediaRefusedException saying what is wrong
   */
  static Checked checkDecoded(String uploadedName, byte[] bytes, MediaLimits limits) {
    String name = uploadedName == null ? "" : uploadedName;
    if (bytes == null || bytes.length == 0) {
      throw new MediaRefusedException(
          "file", Refusal.of("media.empty_file", "Choose a file to upload: this one is empty"));
    }
    if (bytes.length > limits.maxBytes()) {
      throw new MediaRefusedException(
          "file",
          Refusal.of(
              "media.too_large_0_1",
              "The file is {0}; the library takes files of at most {1}",
              MediaLimits.readable(bytes.length),
              MediaLimits.readable(limits.maxBytes())));
    }
    MediaFormat format =
        detect(bytes)
            .orElseThrow(
                () -> new MediaRefusedException("file", notAccepted(baseName(name), hint(bytes))));
    if (bytes.length > limits.maxBytes(format.kind())) {
      String size = MediaLimits.readable(bytes.length);
      String max = MediaLimits.readable(limits.maxBytes(format.kind()));
      throw new MediaRefusedException(
          "file",
          format.kind() == MediaKind.IMAGE
              ? Refusal.of(
                  "media.image_too_large_0_1_2",
                  "The {0} is {1}; images may have at most {2}",
                  format.label(),
                  size,
                  max)
              : Refusal.of(
                  "media.document_too_large_0_1_2",
                  "The {0} is {1}; documents may have at most {2}",
                  format.label(),
                  size,
                  max));
    }
    BufferedImage picture = null;
    int[] size = new int[2];
    if (format == MediaFormat.WEBP) {
      size = imageSize(format, WebpHeader.size(bytes), limits);
    } else if (format.kind() == MediaKind.IMAGE) {
      picture = decoded(format, bytes, limits);
      size = new int[] {picture.getWidth(), picture.getHeight()};
    }
    // Where the photo was taken, and by whom with what, is not published with it: the stripped
    // file has the same pixels as the one decoded above.
    byte[] stored = withoutPersonalMetadata(format, bytes);
    Orientation orientation =
        format == MediaFormat.JPEG
            ? Orientation.ofTag(PersonalMetadata.jpegOrientation(bytes))
            : Orientation.NORMAL;
    if (orientation != Orientation.NORMAL) {
      // Turned upright and written again (at a high quality, once): the tag is gone with the rest
      // of the metadata, and browsers, renditions and the sizes pages give all see the same
      // picture.
      picture = orientation.upright(picture);
      stored = Renditions.encodeJpeg(picture, Renditions.UPRIGHT_QUALITY);
      size = new int[] {picture.getWidth(), picture.getHeight()};
    }
    return new Checked(
        new MediaFile(format, safeName(name, format), size[0], size[1], sha256(stored), stored),
        picture);
  }

  private static byte[] withoutPersonalMetadata(MediaFormat format, byte[] bytes) {
    return switch (format) {
      case JPEG -> PersonalMetadata.stripJpeg(bytes);
      case PNG -> PersonalMetadata.stripPng(bytes);
      case WEBP -> PersonalMetadata.stripWebp(bytes);
      default -> bytes;
    };
  }

  /** The format of {@code bytes}, judged by content alone. */
  public static Optional<MediaFormat> detect(byte[] b) {
    if (b.length >= 3 && u(b, 0) == 0xff && u(b, 1) == 0xd8 && u(b, 2) == 0xff) {
      return Optional.of(MediaFormat.JPEG);
    }
    if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
      return Optional.of(MediaFormat.PNG);
    }
    if (startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))) {
      return Optional.of(MediaFormat.GIF);
    }
    if (b.length >= 16
        && startsWith(b, ascii("RIFF"))
        && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
      return Optional.of(MediaFormat.WEBP);
    }
    if (startsWith(b, ascii("%PDF-")) && tailContains(b, "%%EOF")) {
      return Optional.of(MediaFormat.PDF);
    }
    if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
      return ZipDirectory.entryNames(b).flatMap(MediaFile::officeOpenXml);
    }
    if (CompoundFile.hasSignature(b)) {
      return CompoundFile.entryNames(b).flatMap(MediaFile::legacyOffice);
    }
    return Optional.empty();
  }

  /** The variant name of the original file in addresses. */
  public static final String ORIGINAL = "original";

  private static Optional<MediaFormat> officeOpenXml(Set<String> entries) {
    if (!entries.contains("[Content_Types].xml")) {
      return Optional.empty();
    }
    if (entries.contains("word/document.xml")) {
      return Optional.of(MediaFormat.DOCX);
    }
    if (entries.contains("xl/workbook.xml")) {
      return Optional.of(MediaFormat.XLSX);
    }
    if (entries.contains("ppt/presentation.xml")) {
      return Optional.of(MediaFormat.PPTX);
    }
    return Optional.empty();
  }

  private static Optional<MediaFormat> legacyOffice(Set<String> streams) {
    if (streams.contains("WordDocument")) {
      return Optional.of(MediaFormat.DOC);
    }
    if (streams.contains("Workbook") || streams.contains("Book")) {
      return Optional.of(MediaFormat.XLS);
    }
    if (streams.contains("PowerPoint Document")) {
      return Optional.of(MediaFormat.PPT);
    }
    return Optional.empty();
  }

  /** A WebP's width and height from its header (nothing here decodes WebP), within the limit. */
  private static int[] imageSize(MediaFormat format, int[] size, MediaLimits limits) {
    if (size == null) {
      throw damaged(format);
    }
    requireWithin(size[0], size[1], limits);
    return size;
  }

  /**
   * The picture, its size read from the header and checked against the pixel limit before it is
   * decoded, then decoded once within the server's budget to prove it whole.
   */
  private static BufferedImage decoded(MediaFormat format, byte[] bytes, MediaLimits limits) {
    ImageDecoding.Size size = ImageDecoding.headerSize(bytes).orElseThrow(() -> damaged(format));
    requireWithin(size.width(), size.height(), limits);
    try {
      return ImageDecoding.decode(bytes, size).orElseThrow(() -> damaged(format));
    } catch (ImageRefusedException refused) {
      throw new MediaRefusedException("file", refused.refusal());
    }
  }

  private static MediaRefusedException damaged(MediaFormat format) {
    return new MediaRefusedException(
        "file",
        Refusal.of(
            "media.damaged_0",
            "The {0} is damaged: it does not open as a picture",
            format.label()));
  }

  private static void requireWithin(int width, int height, MediaLimits limits) {
    if (width <= 0 || height <= 0) {
      throw new MediaRefusedException(
          "file", Refusal.of("media.no_pixels", "The image has no pixels"));
    }
    if ((long) width * height > limits.maxImagePixels()) {
      throw new MediaRefusedException(
          "file",
          Refusal.of(
              "media.too_many_pixels_0_1_2",
              "The image is {0}×{1} pixels; at most {2} megapixels please",
              width,
              height,
              limits.maxImagePixels() / 1_000_000));
    }
  }

  /** A few words on what the file seems to be instead, when that is easy to tell. */
  /**
   * The refusal of a file whose content is not one the library accepts (JPEG, PNG, GIF or WebP
   * images, PDF files and Word, Excel or PowerPoint documents), with what it looks like when that
   * can be told ({@link #hint}).
   */
  private static Refusal notAccepted(String name, String hint) {
    return switch (hint) {
      case SVG ->
          Refusal.of(
              "media.not_accepted_svg_0",
              "'{0}' is not a file the library accepts: its content is not one of JPEG, PNG, GIF"
                  + " or WebP images, PDF files and Word, Excel or PowerPoint documents (it is an"
                  + " SVG drawing, which can carry scripts). Files are checked by what they"
                  + " contain, not by their name.",
              name);
      case MARKUP ->
          Refusal.of(
              "media.not_accepted_markup_0",
              "'{0}' is not a file the library accepts: its content is not one of JPEG, PNG, GIF"
                  + " or WebP images, PDF files and Word, Excel or PowerPoint documents (it looks"
                  + " like HTML or XML). Files are checked by what they contain, not by their"
                  + " name.",
              name);
      case ZIP ->
          Refusal.of(
              "media.not_accepted_zip_0",
              "'{0}' is not a file the library accepts: its content is not one of JPEG, PNG, GIF"
                  + " or WebP images, PDF files and Word, Excel or PowerPoint documents (it is a"
                  + " ZIP archive). Files are checked by what they contain, not by their name.",
              name);
      default ->
          Refusal.of(
              "media.not_accepted_0",
              "'{0}' is not a file the library accepts: its content is not one of JPEG, PNG, GIF"
                  + " or WebP images, PDF files and Word, Excel or PowerPoint documents. Files are"
                  + " checked by what they contain, not by their name.",
              name);
    };
  }

  private static final String SVG = " (it is an SVG drawing, which can carry scripts)";
  private static final String MARKUP = " (it looks like HTML or XML)";
  private static final String ZIP = " (it is a ZIP archive)";

  private static String hint(byte[] b) {
    String start =
        new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("<svg") || start.contains("<svg")) {
      return SVG;
    }
    if (start.startsWith("<")) {
      return MARKUP;
    }
    if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
      return ZIP;
    }
    return "";
  }

  /**
   * A name safe in addresses and file systems: {@code Rapport annuel é.PDF} → {@code
   * rapport-annuel-e.pdf}.
   */
  static String safeName(String uploadedName, MediaFormat format) {
    String base = baseName(uploadedName);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String plain =
        Normalizer.normalize(base, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (plain.length() > 80) {
      plain = plain.substring(0, 80).replaceAll("-+$", "");
    }
    return (plain.isEmpty() ? "file" : plain) + "." + format.extension();
  }

  private static String baseName(String name) {
    String base = name.replace('\\', '/');
    return base.substring(base.lastIndexOf('/') + 1).strip();
  }

  private static boolean tailContains(byte[] b, String marker) {
    int from = Math.max(0, b.length - 2048);
    return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains(marker);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xff;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public MediaKind kind() {
    return format.kind();
  }

  public long size() {
    return bytes.length;
  }
}
