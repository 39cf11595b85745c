import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Office archives at size (docs/archive.md): writes an archive of BENCH_ITEMS news items (default
 * 10,000; each with 3 revisions, the first BENCH_IMAGES with a hero image) and BENCH_IMAGES JPEG
 * files of about BENCH_IMAGE_KB each, straight to a zip on disk; starts meridian.jar with a small
 * heap (BENCH_HEAP, default 512m) on a fresh embedded database, then times through the command
 * line: the import, the same import again (everything skipped), and the export of the imported
 * office; while each runs, samples the server's heap use (jstat) and reports its peak.
 */
public class OfficeArchiveBench {

  static final String ADMIN = "bench.admin@example.org";
  static final String PASSWORD = "bench-archive-password-1";

  public static void main(String[] args) throws Exception {
    int items = env("BENCH_ITEMS", 10_000);
    int images = env("BENCH_IMAGES", 400);
    int imageKb = env("BENCH_IMAGE_KB", 500);
    String heap = System.getenv().getOrDefault("BENCH_HEAP", "512m");
    Path jar = Path.of(args.length > 0 ? args[0] : "modules/app/target/meridian.jar").toAbsolutePath();
    Path work = Files.createTempDirectory("meridian-archive-bench");
    Path archive = work.resolve("bench-src.zip");
    String given = System.getenv("BENCH_ARCHIVE");

    long t0 = System.nanoTime();
    if (given != null && !given.isBlank()) {
      // An archive this bench wrote before (its work folder is kept): writing 2 GB takes minutes.
      archive = Path.of(given).toAbsolutePath();
      System.out.printf("archive: %s, %.1f MB (written before)%n", archive, Files.size(archive) / 1e6);
    } else {
      write(archive, items, images, imageKb);
      System.out.printf(
          "archive: %d items x 3 revisions, %d images; %.1f MB written in %.1f s%n",
          items, images, Files.size(archive) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> serverCmd = new java.util.ArrayList<>(List.of(java(), "-Xmx" + heap));
    // BENCH_SERVER_OPTS: more options for the server's JVM (a flight recording, another collector).
    String serverOpts = System.getenv().getOrDefault("BENCH_SERVER_OPTS", "").strip();
    if (!serverOpts.isEmpty()) {
      serverCmd.addAll(List.of(serverOpts.split("\\s+")));
    }
    serverCmd.addAll(List.of("-jar", jar.toString()));
    ProcessBuilder pb =
        new ProcessBuilder(serverCmd)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("server.log").toFile());
    pb.environment().put("MERIDIAN_PORT", Integer.toString(port));
    pb.environment().put("MERIDIAN_ADMIN_EMAIL", ADMIN);
    pb.environment().put("MERIDIAN_ADMIN_PASSWORD", PASSWORD);
    pb.environment().put("MERIDIAN_PASSWORD_ITERATIONS", "1024");
    Process server = pb.start();
    try {
      awaitUp(work.resolve("server.log"));
      System.out.printf(
          "server: -Xmx%s %s, embedded H2, port %d, %s%n", heap, serverOpts, port, jar.getFileName());
      run(jar, port, server.pid(), "import (new office)", "import", archive.toString(), "--as", "bench-copy");
      run(jar, port, server.pid(), "import again (all skipped)", "import", archive.toString(), "--as", "bench-copy");
      Path out = work.resolve("bench-copy.zip");
      run(jar, port, server.pid(), "export", "export", "bench-copy", out.toString());
      System.out.printf("exported archive: %.1f MB%n", Files.size(out) / 1e6);
    } finally {
      server.destroy();
      server.waitFor();
    }
    System.out.println("work folder (server.log, archives): " + work);
  }

  /** Runs one command of meridian.jar against the server, timing it and sampling the server's heap. */
  static void run(Path jar, int port, long pid, String what, String... command) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of(java(), "-jar", jar.toString()));
    cmd.addAll(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("MERIDIAN_ARCHIVE_SERVER", "http://localhost:" + port);
    pb.environment().put("MERIDIAN_ARCHIVE_EMAIL", ADMIN);
    pb.environment().put("MERIDIAN_ARCHIVE_PASSWORD", PASSWORD);
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> sampleHeap(pid, peak));
    sampler.setDaemon(true);
    long start = System.nanoTime();
    sampler.start();
    Process p = pb.start();
    // The command line prints the job's phase as it changes ("… media 12 150"): when each phase
    // began, so that the media files' rate is told apart from the upload's and the items'.
    StringBuilder all = new StringBuilder();
    java.util.Map<String, Long> began = new java.util.LinkedHashMap<>();
    java.util.Map<String, Long> totals = new java.util.HashMap<>();
    // And the server's CPU time then: on a shared machine, CPU per file is steadier than time.
    java.util.Map<String, Long> cpuAt = new java.util.HashMap<>();
    try (var reader =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        all.append(line).append('\n');
        java.util.regex.Matcher phase =
            java.util.regex.Pattern.compile("\\S+ ([a-z]+) (\\d+) (\\d+)").matcher(line);
        if (phase.matches()) {
          if (!began.containsKey(phase.group(1))) {
            began.put(phase.group(1), System.nanoTime());
            cpuAt.put(phase.group(1), cpuNanos(pid));
          }
          totals.put(phase.group(1), Long.parseLong(phase.group(3)));
        }
      }
    }
    String output = all.toString();
    int status = p.waitFor();
    long end = System.nanoTime();
    long cpuEnd = cpuNanos(pid);
    double seconds = (end - start) / 1e9;
    sampler.interrupt();
    String[] lines = output.strip().split("\n");
    System.out.printf(
        "%-28s %8.1f s   peak heap used %6.0f MB   exit %d   %s%n",
        what, seconds, peak.get() / 1e6, status, lines[lines.length - 1]);
    List<String> phases = new java.util.ArrayList<>(began.keySet());
    if (!phases.isEmpty()) {
      System.out.printf("    %-16s %8.1f s%n", "upload", (began.get(phases.get(0)) - start) / 1e9);
    }
    for (int i = 0; i < phases.size(); i++) {
      String phase = phases.get(i);
      long until = i + 1 < phases.size() ? began.get(phases.get(i + 1)) : end;
      long cpuUntil = i + 1 < phases.size() ? cpuAt.get(phases.get(i + 1)) : cpuEnd;
      double phaseSeconds = (until - began.get(phase)) / 1e9;
      double cpuSeconds = (cpuUntil - cpuAt.get(phase)) / 1e9;
      long count = totals.getOrDefault(phase, 0L);
      System.out.printf(
          "    phase %-10s %8.1f s, server CPU %7.1f s%s%n",
          phase,
          phaseSeconds,
          cpuSeconds,
          phase.equals("media") && count > 0 && phaseSeconds > 0
              ? String.format(
                  " (%d files, %.1f a minute, %.2f CPU s a file)",
                  count, count * 60 / phaseSeconds, cpuSeconds / count)
              : "");
    }
    for (String line : lines) {
      if (line.matches("(created|skipped|refused|note): .*")) {
        System.out.println("    " + line);
      }
    }
    if (status != 0) {
      System.out.println(output);
    }
  }

  /** The CPU time the process {@code pid} has used so far, all its threads (0 when unknown). */
  static long cpuNanos(long pid) {
    return ProcessHandle.of(pid)
        .flatMap(p -> p.info().totalCpuDuration())
        .map(java.time.Duration::toNanos)
        .orElse(0L);
  }

  /** The server's heap in use (eden + survivors + old), from jstat, every half second. */
  static void sampleHeap(long pid, AtomicLong peak) {
    Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Process p = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid)).start();
        String[] out = new String(p.getInputStream().readAllBytes()).strip().split("\n");
        p.waitFor();
        if (out.length == 2) {
          String[] head = out[0].trim().split("\\s+");
          String[] vals = out[1].trim().split("\\s+");
          double used = 0;
          for (int i = 0; i < head.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(head[i])) {
              used += Double.parseDouble(vals[i]);
            }
          }
          peak.accumulateAndGet((long) (used * 1024), Math::max);
        }
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        return;
      }
    }
  }

  /** Writes the archive entry by entry: never more than one image in memory. */
  static void write(Path file, int items, int images, int imageKb) throws Exception {
    Random random = new Random(42);
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      put(zip, "office.json", "{\"code\":\"bench-src\",\"type\":\"COUNTRY\",\"languages\":[\"en\"],"
          + "\"timeZone\":\"UTC\",\"names\":{\"en\":\"Archive bench\"},\"accentColour\":\"#0b4f8a\","
          + "\"contact\":{},\"socialLinks\":{}}");
      put(zip, "tags.json", "[{\"id\":1,\"name\":\"Bench\",\"slug\":\"bench\"}]");
      put(zip, "themes.json", "[]");
      StringBuilder media = new StringBuilder("[");
      String[] sha = new String[images];
      // Each image is made, written and forgotten; only its checksum is kept for media.json.
      // BENCH_DISTINCT_IMAGES below BENCH_IMAGES draws that many pictures and gives each repeat a
      // comment of its own: distinct files (own checksum) that cost Meridian the same to import,
      // without the bench spending half an hour drawing noise for gigabytes of media.
      int distinct = Math.max(1, Math.min(images, env("BENCH_DISTINCT_IMAGES", images)));
      byte[][] drawn = new byte[distinct][];
      for (int i = 1; i <= images; i++) {
        int k = (i - 1) % distinct;
        if (drawn[k] == null || distinct == images) {
          drawn[k] = image(random, imageKb);
        }
        byte[] jpeg = distinct == images ? drawn[k] : withComment(drawn[k], "bench image " + i);
        if (distinct == images) {
          drawn[k] = null;
        }
        sha[i - 1] = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        put(zip, "media/" + i + "/image-" + i + ".jpg", jpeg);
      }
      for (int i = 1; i <= images; i++) {
        media.append(i > 1 ? "," : "")
            .append("{\"id\":").append(i)
            .append(",\"kind\":\"IMAGE\",\"format\":\"JPEG\",\"fileName\":\"image-").append(i)
            .append(".jpg\",\"title\":\"Image ").append(i)
            .append("\",\"altText\":\"A test image\",\"decorative\":false,\"caption\":\"\",\"credit\":\"\",")
            .append("\"sha256\":\"").append(sha[i - 1]).append("\",\"uploadedBy\":\"bench\",")
            .append("\"file\":\"media/").append(i).append("/image-").append(i).append(".jpg\"}");
      }
      put(zip, "media.json", media.append("]").toString());
      zip.putNextEntry(new ZipEntry("items.json"));
      zip.write('[');
      String paragraph = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20) + "</p>";
      for (int i = 1; i <= items; i++) {
        StringBuilder item = new StringBuilder(i > 1 ? "," : "");
        item.append("{\"id\":").append(100_000 + i)
            .append(",\"type\":\"NEWS\",\"language\":\"en\",\"slug\":\"bench-story-").append(i)
            .append("\",\"firstPublishedAt\":\"2026-01-01T00:00:00Z\",\"lastPublishedAt\":\"2026-01-02T00:00:00Z\"")
            .append(",\"themes\":[],\"tags\":[1],\"revisions\":[");
        for (int r = 1; r <= 3; r++) {
          item.append(r > 1 ? "," : "")
              .append("{\"number\":").append(r)
              .append(",\"title\":\"Bench story ").append(i).append(" (").append(r).append(")\"")
              .append(",\"summary\":\"A story for the archive bench\",\"body\":\"")
              .append(paragraph);
          if (i <= images) {
            item.append("<p><img src=\\\"/media/bench-src/").append(i).append("/w640/image-").append(i)
                .append(".jpg\\\" alt=\\\"A test image\\\"></p>");
          }
          item.append("\",\"author\":\"bench\",\"heroAlt\":\"").append(i <= images ? "A test image" : "")
              .append("\",\"heroDecorative\":false,\"seoDescription\":\"\",\"fields\":{}");
          if (i <= images) {
            item.append(",\"heroImage\":").append(i);
          }
          item.append("}");
        }
        item.append("],\"live\":3}");
        zip.write(item.toString().getBytes(StandardCharsets.UTF_8));
      }
      zip.write(']');
      zip.closeEntry();
      put(zip, "menus.json", "[{\"id\":1,\"menu\":\"MAIN\",\"language\":\"en\",\"label\":\"News\",\"url\":\"news\"}]");
      put(zip, "manifest.json", "{\"format\":\"meridian-office-archive\",\"version\":1,\"generator\":\"bench\","
          + "\"createdAt\":\"2026-12-07T00:00:00Z\",\"about\":{\"office\":\"bench-src\",\"liveOnly\":false},"
          + "\"counts\":{\"tags\":1,\"themes\":0,\"media\":" + images + ",\"items\":" + items
          + ",\"menuEntries\":1,\"revisions\":" + (3L * items) + ",\"files\":" + images + "}}");
    }
  }

  /** The JPEG with a comment segment (COM) right after its start marker. */
  static byte[] withComment(byte[] jpeg, String comment) {
    byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
    int length = text.length + 2;
    byte[] out = new byte[jpeg.length + 2 + length];
    out[0] = jpeg[0];
    out[1] = jpeg[1];
    out[2] = (byte) 0xff;
    out[3] = (byte) 0xfe;
    out[4] = (byte) (length >> 8);
    out[5] = (byte) length;
    System.arraycopy(text, 0, out, 6, text.length);
    System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
    return out;
  }

  static byte[] image(Random random, int kb) throws IOException {
    // Noise compresses badly: about 1.6 bytes a pixel at JPEG's default quality.
    int pixels = kb * 1024 * 10 / 16;
    int width = (int) Math.sqrt(pixels * 4 / 3.0);
    int height = pixels / width;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        img.setRGB(x, y, random.nextInt(0xffffff));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  static void put(ZipOutputStream zip, String name, String text) throws IOException {
    put(zip, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  static void awaitUp(Path log) throws Exception {
    for (int i = 0; i < 1200; i++) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      if (text.contains("Meridian is running")) {
        return;
      }
      if (text.contains("Meridian cannot start")) {
        throw new IllegalStateException(text);
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The server did not start; see " + log);
  }

  static int env(String name, int fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
