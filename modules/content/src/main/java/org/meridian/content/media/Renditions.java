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

  /** The renditions of {@code file}, largest first; none for documents, GIF and WebP. */
  public static List<Rendition> of(MediaFile file) {
    List<Integer> widths = widthsFor(file);
    if (widths.isEmpty()) {
      return List.of();
    }
    BufferedImage source =
        ImageDecoding.decode(file.bytes(), new ImageDecoding.Size(file.width(), file.height()))
            .orElseThrow(
                () -> new UncheckedIOException(new IOException("The image no longer decodes")));
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
    BufferedImage to =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (png) {
        ImageIO.write(image, "png", out);
        return out.toByteArray();
      }
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
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
