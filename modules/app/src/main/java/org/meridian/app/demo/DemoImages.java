package org.meridian.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo libraries, drawn at start-up (nothing is downloaded): abstract landscapes
 * in each office's colours, large enough to get renditions.
 */
final class DemoImages {

  private DemoImages() {}

  /** A landscape: sky, sun, hills and a river, as JPEG or PNG. */
  static byte[] landscape(int width, int height, Color sky, Color land, long seed, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, sky, 0, height * 0.6f, sky.brighter().brighter()));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xfff1c1));
    double sun = height * 0.18;
    g.fill(new Ellipse2D.Double(width * 0.72, height * 0.12, sun, sun));
    Random random = new Random(seed);
    for (int layer = 0; layer < 3; layer++) {
      Path2D hills = new Path2D.Double();
      double base = height * (0.55 + layer * 0.12);
      hills.moveTo(0, height);
      hills.lineTo(0, base);
      for (int x = 0; x <= width; x += width / 8) {
        hills.lineTo(x, base - random.nextDouble() * height * 0.12);
      }
      hills.lineTo(width, height);
      hills.closePath();
      g.setColor(shade(land, layer));
      g.fill(hills);
    }
    g.setColor(new Color(0x3d7ea6));
    g.setStroke(new BasicStroke(height / 30f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    Path2D river = new Path2D.Double();
    river.moveTo(width * 0.1, height);
    river.curveTo(
        width * 0.3, height * 0.8, width * 0.6, height * 0.95, width * 0.9, height * 0.78);
    g.draw(river);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Color shade(Color colour, int layer) {
    float factor = 1f - layer * 0.18f;
    return new Color(
        Math.round(colour.getRed() * factor),
        Math.round(colour.getGreen() * factor),
        Math.round(colour.getBlue() * factor));
  }
}
