package org.meridian.tenancy.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads an image's width and height from its header, without decoding a pixel, and decodes it only
 * within the server's {@link DecodeBudget}. Every image path of Meridian decodes through here: a
 * small file (a 249 KB PNG) may declare 16000×16000 pixels, a gigabyte once decoded.
 */
public final class ImageDecoding {

  /** Width and height as the file's header declares them. */
  public record Size(int width, int height) {
    public long pixels() {
      return (long) width * height;
    }
  }

  private ImageDecoding() {}

  /** The size the header of {@code bytes} declares; empty when no reader knows the format. */
  public static Optional<Size> headerSize(byte[] bytes) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException broken) {
      return Optional.empty();
    }
  }

  /**
   * Decodes {@code bytes}, whose header declared {@code size}, within the server's budget.
   *
   * @return the image, or empty when it is damaged
   * @throws ImageRefusedException when the budget refuses
   */
  public static Optional<BufferedImage> decode(byte[] bytes, Size size) {
    try (DecodeBudget.Share share = DecodeBudget.SERVER.take(size.pixels())) {
      // Read from memory: ImageIO.read(InputStream) would first copy the bytes to a temporary
      // file. ImageIO.read closes this stream itself.
      BufferedImage image =
          ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
      if (image == null || image.getWidth() != size.width() || image.getHeight() != size.height()) {
        return Optional.empty();
      }
      return Optional.of(image);
    } catch (IOException | RuntimeException broken) {
      if (broken instanceof ImageRefusedException refused) {
        throw refused;
      }
      return Optional.empty();
    }
  }
}
