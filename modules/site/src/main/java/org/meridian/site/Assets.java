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
import org.meridian.tenancy.office.SiteThemes;

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

  /** The theme variants' style sheets by variant name, and by fingerprinted file name. */
  private final Map<String, Asset> variants = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, Asset> variantFiles = new java.util.concurrent.ConcurrentHashMap<>();

  private Assets(List<Asset> files) {
    java.util.HashMap<String, Asset> names = new java.util.HashMap<>();
    files.forEach(f -> names.put(f.name(), f));
    this.byName = Map.copyOf(names);
    this.paths =
        new Chrome.Assets(PREFIX + files.get(0).name(), null, PREFIX + files.get(1).name());
    for (String variant : SiteThemes.BUILT_IN) {
      add(
          variant,
          load("/org/meridian/site/themes/" + variant + "/theme", "css", "text/css;charset=UTF-8"));
    }
  }

  private void add(String variant, Asset sheet) {
    Asset named =
        new Asset(
            "theme-" + variant + "." + sheet.name().substring(sheet.name().indexOf('.') + 1),
            sheet.mediaType(),
            sheet.bytes());
    variants.put(variant, named);
    variantFiles.put(named.name(), named);
  }

  /**
   * Takes in the variants headquarters installed on this server ({@link SiteThemes}), once at
   * start: their style sheets are served like the theme's own.
   */
  void install(SiteThemes themes) {
    for (String variant : themes.names()) {
      themes
          .installedStyleSheet(variant)
          .ifPresent(
              bytes ->
                  add(variant, fingerprinted("theme", "css", "text/css;charset=UTF-8", bytes)));
    }
  }

  /**
   * Where a page drawn in {@code variant} finds its files: the theme's, and the variant's style
   * sheet; a variant that is not (or no longer) installed draws the standard theme.
   */
  Chrome.Assets paths(String variant) {
    Asset sheet = variant == null ? null : variants.get(variant);
    if (sheet == null) {
      return paths;
    }
    return new Chrome.Assets(
        paths.stylesheet(), paths.icons(), paths.favicon(), PREFIX + sheet.name(), variant);
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
    Asset asset = byName.get(name);
    return Optional.ofNullable(asset != null ? asset : variantFiles.get(name));
  }

  private static Asset load(String base, String extension, String mediaType) {
    String resource =
        (base.startsWith("/") ? "" : "/org/meridian/site/assets/") + base + "." + extension;
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The theme lacks " + resource);
      }
      return fingerprinted(base, extension, mediaType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset fingerprinted(
      String base, String extension, String mediaType, byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(
          base + "." + HexFormat.of().formatHex(hash, 0, 8) + "." + extension, mediaType, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
