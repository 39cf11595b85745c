package org.meridian.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.site.view.Chrome;

/**
 * The theme's static files ({@code src/main/resources/org/meridian/site/assets}): read once, each
 * served at an address with its content's hash in the name ({@code /_assets/site.3f9a….css}), so
 * that browsers and CDNs may keep it for a year and a new release is fetched at once. {@code _} is
 * not allowed in an office code, so these addresses never shadow an office's site.
 */
final class Assets {

  static final String PREFIX = "/_assets/";

  /** A file: its fingerprinted name, media type and bytes. */
  record Asset(String name, String mediaType, byte[] bytes) {}

  private static final Assets SHARED =
      new Assets(
          List.of(
              load("site", "css", "text/css;charset=UTF-8"),
              load("favicon", "svg", "image/svg+xml")));

  private final Map<String, Asset> byName;
  private final Chrome.Assets paths;

  private Assets(List<Asset> files) {
    java.util.HashMap<String, Asset> names = new java.util.HashMap<>();
    files.forEach(f -> names.put(f.name(), f));
    this.byName = Map.copyOf(names);
    this.paths =
        new Chrome.Assets(PREFIX + files.get(0).name(), null, PREFIX + files.get(1).name());
  }

  static Assets shared() {
    return SHARED;
  }

  /** Where the pages find the files. */
  Chrome.Assets paths() {
    return paths;
  }

  /** The file at {@code name} ({@code site.3f9a….css}); an old fingerprint finds nothing. */
  Optional<Asset> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  private static Asset load(String base, String extension, String mediaType) {
    String resource = "/org/meridian/site/assets/" + base + "." + extension;
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The theme lacks " + resource);
      }
      byte[] bytes = in.readAllBytes();
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(
          base + "." + HexFormat.of().formatHex(hash, 0, 8) + "." + extension, mediaType, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
