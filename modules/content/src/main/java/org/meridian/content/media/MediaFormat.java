package org.meridian.content.media;

/**
 * The file formats the library accepts, each recognised by its content (see {@link MediaFile}),
 * never by its name or by the content type a browser claims.
 */
public enum MediaFormat {
  JPEG(MediaKind.IMAGE, "image/jpeg", "jpg", "JPEG image"),
  PNG(MediaKind.IMAGE, "image/png", "png", "PNG image"),
  GIF(MediaKind.IMAGE, "image/gif", "gif", "GIF image"),
  WEBP(MediaKind.IMAGE, "image/webp", "webp", "WebP image"),
  PDF(MediaKind.DOCUMENT, "application/pdf", "pdf", "PDF document"),
  DOCX(
      MediaKind.DOCUMENT,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx",
      "Word document"),
  XLSX(
      MediaKind.DOCUMENT,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx",
      "Excel workbook"),
  PPTX(
      MediaKind.DOCUMENT,
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "pptx",
      "PowerPoint presentation"),
  DOC(MediaKind.DOCUMENT, "application/msword", "doc", "Word 97-2003 document"),
  XLS(MediaKind.DOCUMENT, "application/vnd.ms-excel", "xls", "Excel 97-2003 workbook"),
  PPT(MediaKind.DOCUMENT, "application/vnd.ms-powerpoint", "ppt", "PowerPoint 97-2003 file");

  private final MediaKind kind;
  private final String mediaType;
  private final String extension;
  private final String label;

  MediaFormat(MediaKind kind, String mediaType, String extension, String label) {
    this.kind = kind;
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
  }

  public MediaKind kind() {
    return kind;
  }

  /** The Content-Type the file is served with. */
  public String mediaType() {
    return mediaType;
  }

  /** The extension the stored file name gets, whatever the uploaded name said. */
  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the library makes smaller renditions. JPEG and PNG only: the JDK cannot decode WebP
   * (WebP originals are served as they are), and resizing a GIF would lose its animation.
   */
  public boolean hasRenditions() {
    return this == JPEG || this == PNG;
  }

  /**
   * Browsers show these inline; documents (PDF and Office files) are offered as downloads, so that
   * a script inside one never runs as the site: a PDF shown inline from the site's own origin could
   * (docs/security.md).
   */
  public boolean showsInline() {
    return kind == MediaKind.IMAGE;
  }
}
