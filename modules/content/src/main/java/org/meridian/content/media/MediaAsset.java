package org.meridian.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meridian.content.media.internal.AltTextsConverter;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * An image or document of an office's library. What editors say about it (title, alt text in each
 * language, caption, credit) and how an image is framed for its hero and social cuts can change; so
 * can its file, replaced under the same id so that every item using it keeps it ({@link
 * #replaceFile}). A file's addresses name its file name and are answered with its hash as {@code
 * ETag}, so a replaced file is fetched again.
 */
@Entity
@Table(name = "media_asset")
public class MediaAsset extends OfficeOwned {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16)
  private MediaKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, length = 16)
  private MediaFormat format;

  @Column(name = "file_name", nullable = false, length = 100)
  private String fileName;

  @Column(name = "title", nullable = false, length = MediaDetails.MAX_TITLE)
  private String title;

  @Column(name = "alt_text", nullable = false, length = MediaDetails.MAX_ALT)
  private String altText;

  @Column(name = "decorative", nullable = false)
  private boolean decorative;

  @Column(name = "caption", nullable = false, length = MediaDetails.MAX_CAPTION)
  private String caption;

  @Column(name = "credit", nullable = false, length = MediaDetails.MAX_CREDIT)
  private String credit;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "width")
  private Integer width;

  @Column(name = "height")
  private Integer height;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "rendition_widths", nullable = false, length = 100)
  private String renditionWidths;

  @Column(name = "uploaded_by", nullable = false, length = 254)
  private String uploadedBy;

  @Embedded private Framing framing = Framing.whole();

  /** Widths of the hero cut's renditions ({@code h640}); empty for files without them. */
  @Column(name = "hero_widths", nullable = false, length = 100)
  private String heroWidths = "";

  /** Width of the social cut ({@code s1200}); 0 when there is none. */
  @Column(name = "social_width", nullable = false)
  private int socialWidth;

  @Convert(converter = AltTextsConverter.class)
  @Column(name = "alt_texts", nullable = false, length = 4000)
  private AltTexts altTexts = AltTexts.NONE;

  protected MediaAsset() {}

  MediaAsset(MediaFile file, MediaDetails details, List<Rendition> renditions, String by) {
    this.uploadedBy = Objects.requireNonNull(by, "uploadedBy");
    this.kind = file.kind();
    takeFile(file, renditions);
    describe(details);
  }

  private void takeFile(MediaFile file, List<Rendition> renditions) {
    this.format = file.format();
    this.fileName = file.fileName();
    this.sizeBytes = file.size();
    this.width = file.kind() == MediaKind.IMAGE ? file.width() : null;
    this.height = file.kind() == MediaKind.IMAGE ? file.height() : null;
    this.sha256 = file.sha256();
    this.framing = Framing.whole();
    keep(renditions);
  }

  /** Remembers which renditions were stored: the whole picture's, then the two cuts. */
  private void keep(List<Rendition> renditions) {
    this.renditionWidths = widths(renditions, Rendition::variantOf);
    this.heroWidths = widths(renditions, Rendition::heroVariantOf);
    this.socialWidth =
        renditions.stream()
            .filter(r -> r.variant().equals(Rendition.socialVariantOf(r.width())))
            .mapToInt(Rendition::width)
            .findFirst()
            .orElse(0);
  }

  private static String widths(
      List<Rendition> renditions, java.util.function.IntFunction<String> variantOf) {
    return renditions.stream()
        .filter(r -> r.variant().equals(variantOf.apply(r.width())))
        .map(Rendition::width)
        .sorted()
        .map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  /**
   * Puts {@code file} in place of the asset's file, with its renditions: the same id, so every item
   * using the asset shows the new file. Its framing starts again from the whole picture (the old
   * one was chosen for another picture); what editors said about it stays.
   *
   * @throws MediaRefusedException when the new file is not of the same kind (an image for an image,
   *     a document for a document)
   */
  void replaceFile(MediaFile file, List<Rendition> renditions) {
    if (file.kind() != kind) {
      throw new MediaRefusedException(
          "file",
          kind == MediaKind.IMAGE
              ? Refusal.of(
                  "media.replace_image_with_image", "An image can only be replaced by an image")
              : Refusal.of(
                  "media.replace_document_with_document",
                  "A document can only be replaced by a document"));
    }
    takeFile(file, renditions);
  }

  /** Frames the picture anew; {@code cuts} are its hero and social cuts made with that framing. */
  void frame(Framing framing, List<Rendition> cuts) {
    this.framing = Objects.requireNonNull(framing, "framing");
    String whole = renditionWidths;
    keep(cuts);
    this.renditionWidths = whole;
  }

  /** Changes the alt texts in other languages than the default. */
  void translateAlt(AltTexts texts) {
    this.altTexts = texts == null ? AltTexts.NONE : texts;
  }

  /** Changes what is said about the asset; its file stays. */
  void describe(MediaDetails details) {
    MediaDetails checked = details.checkedFor(kind, fileName);
    this.title = checked.title();
    this.altText = checked.altText();
    this.decorative = checked.decorative();
    this.caption = checked.caption();
    this.credit = checked.credit();
  }

  public MediaKind kind() {
    return kind;
  }

  public MediaFormat format() {
    return format;
  }

  public String fileName() {
    return fileName;
  }

  public MediaDetails details() {
    return new MediaDetails(title, altText, decorative, caption, credit);
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public int width() {
    return width == null ? 0 : width;
  }

  public int height() {
    return height == null ? 0 : height;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public List<Integer> renditionWidths() {
    return parse(renditionWidths);
  }

  public List<Integer> heroWidths() {
    return parse(heroWidths);
  }

  public int socialWidth() {
    return socialWidth;
  }

  public Framing framing() {
    return framing == null ? Framing.WHOLE : framing;
  }

  public AltTexts altTexts() {
    return altTexts == null ? AltTexts.NONE : altTexts;
  }

  private static List<Integer> parse(String widths) {
    return widths == null || widths.isEmpty()
        ? List.of()
        : Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
  }

  /** Every variant the asset has a file for: {@code original}, {@code w640}, {@code h640}, ... */
  List<String> variants() {
    java.util.ArrayList<String> variants = new java.util.ArrayList<>();
    variants.add(MediaFile.ORIGINAL);
    renditionWidths().forEach(w -> variants.add(Rendition.variantOf(w)));
    heroWidths().forEach(w -> variants.add(Rendition.heroVariantOf(w)));
    if (socialWidth > 0) {
      variants.add(Rendition.socialVariantOf(socialWidth));
    }
    return variants;
  }

  /**
   * The store keys of its files, the original and each rendition. The office's id is passed in: a
   * new asset does not know it before it is read back.
   */
  List<String> storeKeys(long officeId) {
    return variants().stream().map(v -> storeKey(officeId, v)).toList();
  }

  String storeKey(long officeId, String variant) {
    return officeId + "/" + getId() + "/" + variant;
  }

  /** Whether {@code variant} ({@code original}, {@code w640}) is one of the asset's files. */
  boolean hasVariant(String variant) {
    return variants().contains(variant);
  }
}
