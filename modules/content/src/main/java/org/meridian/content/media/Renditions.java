package org.meridian.content.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.meridian.tenancy.image.ImageDecoding;

/**
 * Makes an image's renditions: one per width in {@link #WIDTHS} that is narrower than the image
 * (never upscaled), keeping the aspect ratio, in the original's format (JPEG at quality 0.85, PNG
 * with its transparency). Each step scales from the previous, larger rendition, which keeps thin
 * lines and text smooth without a slow filter.
 */
public final class Renditions {

  /** The widths browsers choose from (via {@code srcset}). */
  public static final List<Integer> WIDTHS = List.of(320, 640, 1024, 1600);

  private static final float JPEG_QUALITY = 0.85f;

  /** The quality a JPEG turned upright is written at: once, so close to what came. */
  static final float UPRIGHT_QUALITY = 0.92f;

  /** The hero's shape (the article's top picture and the cards). */
  public static final int HERO_RATIO_WIDTH = 16;

  public static final int HERO_RATIO_HEIGHT = 9;

  /** The shape social networks show a link's picture in: 1200×630. */
  public static final int SOCIAL_RATIO_WIDTH = 40;

  public static final int SOCIAL_RATIO_HEIGHT = 21;

  /** The social cut's width, when the picture has that many pixels. */
  public static final int SOCIAL_WIDTH = 1200;

  private Renditions() {}

  /** The widths {@code file} gets renditions in. */
  public static List<Integer> widthsFor(MediaFile file) {
    return widthsFor(file.format(), file.width());
  }

  public static List<Integer> widthsFor(MediaFormat format, int originalWidth) {
    if (!format.hasRenditions()) {
      return List.of();
    }
    return WIDTHS.stream().filter(w -> w < originalWidth).toList();
  }

  /**
   * The widths of the hero cut's renditions: each of {@link #WIDTHS} narrower than the cut, and the
   * cut's own width when it is not wider than the widest of them.
   */
  public static List<Integer> heroWidthsFor(int cutWidth) {
    List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < cutWidth).toList());
    if (cutWidth <= WIDTHS.get(WIDTHS.size() - 1)) {
      widths.add(cutWidth);
    }
    return List.copyOf(widths);
  }

  /** The social cut's width: {@link #SOCIAL_WIDTH}, or the cut's own when it is narrower. */
  public static int socialWidthFor(int cutWidth) {
    return Math.min(SOCIAL_WIDTH, cutWidth);
  }

  /** The renditions of {@code file}, largest first; none for documents, GIF and WebP. */
  public static List<Rendition> of(MediaFile file) {
    List<Integer> widths = widthsFor(file);
    if (widths.isEmpty()) {
      return List.of();
    }
    return whole(decoded(file), file, widths);
  }

  /**
   * Every rendition of {@code file}: the whole picture's ({@link #of(MediaFile)}), then the hero
   * cut's and the social cut's, cut around the {@code framing}'s focal point inside its crop
   * ({@link FocalCrop}); none for documents, GIF and WebP.
   */
  public static List<Rendition> of(MediaFile file, Framing framing) {
    if (!file.format().hasRenditions()) {
      return List.of();
    }
    return of(file, decoded(file), framing);
  }

  /**
   * The same, cut from {@code source}, the picture of {@code file} already decoded (by its check,
   * {@link MediaFile#checkDecoded}): an upload is decoded once. A {@code null} source is decoded
   * from the file.
   */
  static List<Rendition> of(MediaFile file, BufferedImage source, Framing framing) {
    if (!file.format().hasRenditions()) {
      return List.of();
    }
    if (source == null) {
      source = decoded(file);
    }
    List<Rendition> renditions = new ArrayList<>(whole(source, file, widthsFor(file)));
    renditions.addAll(cuts(source, file.format(), framing));
    return renditions;
  }

  /** The hero and social cuts of a decoded picture, framed by {@code framing}. */
  static List<Rendition> cuts(BufferedImage source, MediaFormat format, Framing framing) {
    boolean png = format == MediaFormat.PNG;
    int width = source.getWidth();
    int height = source.getHeight();
    List<Rendition> cuts = new ArrayList<>();
    FocalCrop.Box hero = FocalCrop.cut(width, height, framing, HERO_RATIO_WIDTH, HERO_RATIO_HEIGHT);
    BufferedImage heroPixels = source.getSubimage(hero.x(), hero.y(), hero.width(), hero.height());
    List<Integer> heroWidths = heroWidthsFor(hero.width());
    BufferedImage previous = heroPixels;
    for (int i = heroWidths.size() - 1; i >= 0; i--) {
      int w = heroWidths.get(i);
      int h = heightAt(hero, w);
      BufferedImage scaled = w == hero.width() ? copy(heroPixels, png) : scale(previous, w, h, png);
      cuts.add(
          new Rendition(Rendition.heroVariantOf(w), w, h, format.mediaType(), encode(scaled, png)));
      previous = scaled;
    }
    FocalCrop.Box social =
        FocalCrop.cut(width, height, framing, SOCIAL_RATIO_WIDTH, SOCIAL_RATIO_HEIGHT);
    int w = socialWidthFor(social.width());
    int h = heightAt(social, w);
    BufferedImage socialPixels =
        source.getSubimage(social.x(), social.y(), social.width(), social.height());
    BufferedImage scaled =
        w == social.width() ? copy(socialPixels, png) : scale(socialPixels, w, h, png);
    cuts.add(
        new Rendition(Rendition.socialVariantOf(w), w, h, format.mediaType(), encode(scaled, png)));
    return cuts;
  }

  /** The height of {@code box} scaled to {@code width}. */
  static int heightAt(FocalCrop.Box box, int width) {
    return width == box.width()
        ? box.height()
        : Math.max(1, (int) Math.round((double) box.height() * width / box.width()));
  }

  private static BufferedImage decoded(MediaFile file) {
    return decoded(file.bytes(), file.width(), file.height());
  }

  /** A stored picture of the library, decoded within the server's budget. */
  static BufferedImage decoded(byte[] bytes, int width, int height) {
    return ImageDecoding.decode(bytes, new ImageDecoding.Size(width, height))
        .orElseThrow(
            () -> new UncheckedIOException(new IOException("The image no longer decodes")));
  }

  private static BufferedImage copy(BufferedImage pixels, boolean alpha) {
    return draw(pixels, pixels.getWidth(), pixels.getHeight(), alpha);
  }

  private static List<Rendition> whole(BufferedImage source, MediaFile file, List<Integer> widths) {
    boolean png = file.format() == MediaFormat.PNG;
    List<Rendition> renditions = new ArrayList<>();
    BufferedImage previous = source;
    for (int i = widths.size() - 1; i >= 0; i--) {
      int width = widths.get(i);
      int height = Math.max(1, (int) Math.round((double) file.height() * width / file.width()));
      BufferedImage scaled = scale(previous, width, height, png);
      renditions.add(new Rendition(width, height, file.format().mediaType(), encode(scaled, png)));
      previous = scaled;
    }
    return renditions;
  }

  private static BufferedImage scale(BufferedImage from, int width, int height, boolean alpha) {
    BufferedImage current = from;
    // Halve while more than twice too large: bilinear steps of at most 2:1 lose no detail.
    while (current.getWidth() / 2 >= width) {
      current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), alpha);
    }
    return draw(current, width, height, alpha);
  }

  private static BufferedImage draw(BufferedImage from, int width, int height, boolean alpha) {
    // Opaque pictures in the JPEG writer's own layout (bytes, blue-green-red): it takes their rows
    // as they are, where from TYPE_INT_RGB it converted every pixel through the generic raster
    // path.
    BufferedImage to =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = to.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      if (!alpha) {
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
      }
      g.drawImage(from, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return to;
  }

  private static byte[] encode(BufferedImage image, boolean png) {
    if (!png) {
      return encodeJpeg(image, JPEG_QUALITY);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JPEG of {@code image} at {@code quality}: a JFIF file, with no EXIF, XMP or comment (the
   * JDK's writer adds none). Progressive: a few per cent smaller than a baseline file and drawn
   * whole at once, then sharper, on a slow connection; it costs more CPU to write, once per upload
   * (bench/README.md, "Office archives: media files").
   */
  static byte[] encodeJpeg(BufferedImage image, float quality) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
