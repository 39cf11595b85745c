package org.meridian.content.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * An image or document of an office's library. Its file never changes (a new file is a new asset),
 * so its addresses can be cached for ever; what editors say about it (title, alt text, caption,
 * credit) can.
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

  protected MediaAsset() {}

  MediaAsset(MediaFile file, MediaDetails details, List<Integer> renditionWidths, String by) {
    this.kind = file.kind();
    this.format = file.format();
    this.fileName = file.fileName();
    this.sizeBytes = file.size();
    this.width = file.kind() == MediaKind.IMAGE ? file.width() : null;
    this.height = file.kind() == MediaKind.IMAGE ? file.height() : null;
    this.sha256 = file.sha256();
    this.renditionWidths =
        renditionWidths.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.uploadedBy = Objects.requireNonNull(by, "uploadedBy");
    describe(details);
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
    return renditionWidths.isEmpty()
        ? List.of()
        : Arrays.stream(renditionWidths.split(",")).map(Integer::valueOf).toList();
  }

  /**
   * The store keys of its files, the original and each rendition. The office's id is passed in: a
   * new asset does not know it before it is read back.
   */
  List<String> storeKeys(long officeId) {
    java.util.ArrayList<String> keys = new java.util.ArrayList<>();
    keys.add(storeKey(officeId, MediaFile.ORIGINAL));
    renditionWidths().forEach(w -> keys.add(storeKey(officeId, Rendition.variantOf(w))));
    return keys;
  }

  String storeKey(long officeId, String variant) {
    return officeId + "/" + getId() + "/" + variant;
  }

  /** Whether {@code variant} ({@code original}, {@code w640}) is one of the asset's files. */
  boolean hasVariant(String variant) {
    return MediaFile.ORIGINAL.equals(variant)
        || renditionWidths().stream().anyMatch(w -> Rendition.variantOf(w).equals(variant));
  }
}
