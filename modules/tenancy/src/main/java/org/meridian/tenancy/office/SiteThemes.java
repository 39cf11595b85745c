package org.meridian.tenancy.office;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/**
 * The theme variants an office may be drawn in: the network theme alone ({@link #STANDARD}), the
 * variants built into Meridian ({@link #BUILT_IN}, their style sheets and template overrides in
 * module {@code site}), and those headquarters installed at deployment: each a folder below the
 * setting {@code meridian.site.themes-dir} named after the variant, holding a {@code theme.css}
 * that the pages load after the network's style sheet (see {@code docs/theming.md}). Read once, at
 * start: a variant installed later is seen after a restart.
 */
@ApplicationScoped
public class SiteThemes {

  /** The network theme with no variant. */
  public static final String STANDARD = "standard";

  /** The variants built into the {@code site} module ({@code org/meridian/site/themes/<name>/}). */
  public static final List<String> BUILT_IN = List.of("compact");

  /** The file a variant's folder holds. */
  public static final String STYLE_SHEET = "theme.css";

  /** The largest style sheet a variant may have. */
  public static final int MAX_BYTES = 256 * 1024;

  @Inject
  @ConfigProperty(name = "meridian.site.themes-dir")
  Optional<String> configured;

  private volatile Map<String, Path> installed;

  public SiteThemes() {}

  /** The variants found in {@code directory} ({@code ""}: none), for tests. */
  public SiteThemes(String directory) {
    this.configured = Optional.ofNullable(directory);
  }

  /** Every variant's name: the standard theme first, then the built-in ones, then the installed. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(STANDARD);
    names.addAll(BUILT_IN);
    names.addAll(installed().keySet());
    return names;
  }

  public boolean exists(String name) {
    return names().contains(name);
  }

  /** Refuses a variant that is not installed. */
  public void requireExists(String name) {
    if (!exists(name)) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.variant_unknown_0", "There is no theme variant '{0}' on this server", name));
    }
  }

  /** An installed variant's style sheet ({@code theme.css} in its folder); empty for the others. */
  public Optional<byte[]> installedStyleSheet(String name) {
    Path folder = installed().get(name);
    if (folder == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(folder.resolve(STYLE_SHEET)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Path> installed() {
    Map<String, Path> found = installed;
    if (found == null) {
      found = scan();
      installed = found;
    }
    return found;
  }

  /**
   * The folders of {@code directory} that hold a {@code theme.css} of at most {@link #MAX_BYTES}
   * and are named like a variant (and not like a built-in one), by name.
   */
  private Map<String, Path> scan() {
    Map<String, Path> found = new LinkedHashMap<>();
    String directory = configured == null ? null : configured.orElse(null);
    if (directory == null || directory.isBlank()) {
      return Map.of();
    }
    Path root = Path.of(directory.strip());
    if (!Files.isDirectory(root)) {
      return Map.of();
    }
    try (Stream<Path> folders = Files.list(root)) {
      folders
          .filter(Files::isDirectory)
          .sorted()
          .forEach(
              folder -> {
                String name = folder.getFileName().toString();
                Path sheet = folder.resolve(STYLE_SHEET);
                try {
                  if (OfficeBranding.VARIANT_NAME.matcher(name).matches()
                      && !name.equals(STANDARD)
                      && !BUILT_IN.contains(name)
                      && Files.isRegularFile(sheet)
                      && Files.size(sheet) <= MAX_BYTES) {
                    found.put(name, folder);
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(found);
  }
}
