package org.meridian.site.mirror;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One office's mirror folder and its manifest ({@value #MANIFEST}: the base address, when it was
 * written, and each file's SHA-256). A run writes a file only when its bytes differ from the
 * manifest's (or the file is missing), and at its end removes the files it did not produce; so a
 * refresh after a publication rewrites the pages that changed and nothing else (docs/mirror.md).
 */
final class MirrorFolder {

  static final String MANIFEST = ".meridian-mirror";

  private final Path folder;
  private final Map<String, String> before;
  private final Map<String, String> now = new TreeMap<>();
  private int written;
  private int unchanged;

  MirrorFolder(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
    this.before = read(folder).map(Manifest::files).orElse(Map.of());
  }

  /** What a folder's manifest says. */
  record Manifest(String baseUrl, Instant writtenAt, Map<String, String> files) {}

  /** The manifest of {@code folder}, if it holds a mirror. */
  static Optional<Manifest> read(Path folder) {
    Path manifest = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
      String base = "";
      Instant at = Instant.EPOCH;
      Map<String, String> files = new LinkedHashMap<>();
      for (String line : lines) {
        if (line.startsWith("base ")) {
          base = line.substring(5);
        } else if (line.startsWith("written ")) {
          at = Instant.parse(line.substring(8));
        } else if (line.length() > 65 && line.charAt(64) == ' ') {
          files.put(line.substring(65), line.substring(0, 64));
        }
      }
      return Optional.of(new Manifest(base, at, files));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether {@code file} is already there as the last run wrote it (media files never change). */
  boolean keep(String file) {
    String hash = before.get(file);
    if (hash != null && Files.isRegularFile(resolve(file))) {
      now.put(file, hash);
      unchanged++;
      return true;
    }
    return false;
  }

  /** Writes {@code file} unless it already holds {@code bytes}. */
  void put(String file, byte[] bytes) {
    String hash = sha256(bytes);
    Path target = resolve(file);
    now.put(file, hash);
    if (hash.equals(before.get(file)) && Files.isRegularFile(target)) {
      unchanged++;
      return;
    }
    try {
      Files.createDirectories(target.getParent());
      Path part = target.resolveSibling(target.getFileName() + ".part");
      Files.write(part, bytes);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    written++;
  }

  boolean has(String file) {
    return now.containsKey(file);
  }

  /**
   * Removes what the site no longer has (the files of the last run not written in this one) and
   * writes the manifest; the number of files removed.
   */
  int finish(String baseUrl, Instant at) {
    int removed = 0;
    try {
      for (String file : before.keySet()) {
        if (!now.containsKey(file) && Files.deleteIfExists(resolve(file))) {
          removed++;
        }
      }
      removeEmptyFolders();
      List<String> lines = new ArrayList<>();
      lines.add("base " + baseUrl);
      lines.add("written " + at);
      now.forEach((file, hash) -> lines.add(hash + " " + file));
      Files.createDirectories(folder);
      Path part = folder.resolve(MANIFEST + ".part");
      Files.write(part, lines, StandardCharsets.UTF_8);
      Files.move(
          part,
          folder.resolve(MANIFEST),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  int files() {
    return now.size();
  }

  int written() {
    return written;
  }

  int unchanged() {
    return unchanged;
  }

  private void removeEmptyFolders() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> folders;
    try (Stream<Path> all = Files.walk(folder)) {
      folders =
          all.filter(Files::isDirectory)
              .filter(p -> !p.equals(folder))
              .sorted(java.util.Comparator.reverseOrder())
              .toList();
    }
    for (Path dir : folders) {
      try (Stream<Path> inside = Files.list(dir)) {
        if (inside.findAny().isEmpty()) {
          Files.delete(dir);
        }
      }
    }
  }

  /** {@code file} inside the folder; a path that would leave it is refused. */
  private Path resolve(String file) {
    Path path = folder.resolve(file).normalize();
    if (!path.startsWith(folder) || path.equals(folder)) {
      throw new IllegalArgumentException("Not a file of the mirror: " + file);
    }
    return path;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
