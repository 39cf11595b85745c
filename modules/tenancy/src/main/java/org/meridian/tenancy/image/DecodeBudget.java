package org.meridian.tenancy.image;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.meridian.tenancy.Refusal;

/**
 * How many pixels the server decodes at once, all image paths together (logos, the media library,
 * renditions): a decoded pixel takes 4 bytes of heap, so a few large images decoded side by side
 * could exhaust it. A decode takes its pixels from the budget before it starts and gives them back
 * when done; when the budget is spent it waits a while, then refuses.
 */
public final class DecodeBudget {

  /** The server's budget: 48 megapixels decoded at once (about 192 MB of heap). */
  public static final DecodeBudget SERVER = new DecodeBudget(48_000_000L, 30);

  /** Pixels are counted in blocks of this many. */
  private static final long BLOCK = 1 << 16;

  private final Semaphore blocks;
  private final long maxPixels;
  private final long waitSeconds;

  DecodeBudget(long maxPixels, long waitSeconds) {
    this.maxPixels = maxPixels;
    this.blocks = new Semaphore(blocks(maxPixels), true);
    this.waitSeconds = waitSeconds;
  }

  /** The most pixels one image may have to be decoded at all. */
  public long maxPixels() {
    return maxPixels;
  }

  /** A share of the budget, given back by {@link #close()}. */
  public final class Share implements AutoCloseable {
    private final int taken;

    private Share(int taken) {
      this.taken = taken;
    }

    @Override
    public void close() {
      blocks.release(taken);
    }
  }

  /**
   * Takes {@code pixels} from the budget, waiting while other decodes hold it.
   *
   * @throws ImageRefusedException when the image is larger than the whole budget, or the budget
   *     stays spent for too long (the server is busy with other images)
   */
  public Share take(long pixels) {
    int wanted = blocks(pixels);
    if (pixels > maxPixels) {
      throw new ImageRefusedException(
          Refusal.of(
              "image.over_decode_budget_0_1",
              "The image has {0} megapixels; the server decodes at most {1} at once",
              pixels / 1_000_000,
              maxPixels / 1_000_000));
    }
    try {
      if (!blocks.tryAcquire(wanted, waitSeconds, TimeUnit.SECONDS)) {
        throw new ImageRefusedException(
            Refusal.of(
                "image.server_busy",
                "The server is busy with other images: try again in a minute"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageRefusedException(
          Refusal.of("image.server_stopping", "The image was not read: the server is stopping"));
    }
    return new Share(wanted);
  }

  private static int blocks(long pixels) {
    return (int) Math.max(1, (pixels + BLOCK - 1) / BLOCK);
  }
}
