package org.meridian.site.mirror;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLinks;
import org.meridian.content.menu.MenuChanged;
import org.meridian.content.mirror.MirrorDeniedException;
import org.meridian.content.mirror.MirrorReport;
import org.meridian.content.mirror.StaticMirror;
import org.meridian.site.MirrorPages;
import org.meridian.site.PublicMedia;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeLogos;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;

/**
 * Static mirrors of the offices' sites (docs/mirror.md), each in a folder of the server: {@code
 * meridian.mirror.dir}/{office}. Written on request by an HQ administrator or the office's
 * administrator ({@link OfficeAction#WRITE_MIRROR}), and refreshed after every publication,
 * withdrawal or menu change of an office that has one, in the background, for the base address it
 * was last written for. One writing at a time per office.
 */
@ApplicationScoped
public class StaticMirrors implements StaticMirror {

  private static final Logger LOG = Logger.getLogger(StaticMirrors.class.getName());

  @Inject
  @ConfigProperty(name = "meridian.mirror.dir", defaultValue = "./data/mirrors")
  String dir;

  @Inject private OfficeDirectory offices;
  @Inject private OfficePermissions permissions;
  @Inject private MirrorPages pages;
  @Inject private OfficeLogos logos;
  @Inject private MediaLibrary library;
  @Inject private PublicMedia publicMedia;
  @Inject private TenantContext tenant;
  @Inject private Clock clock;
  @Inject private StaticMirrors self;

  @Resource private ManagedExecutorService executor;

  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Map<String, Boolean> pending = new ConcurrentHashMap<>();

  @Override
  public MirrorReport write(String code, String baseUrl, String actor) {
    OfficeRef office = allowed(code, actor);
    if (office.status() == OfficeStatus.ARCHIVED) {
      throw new RefusedArgumentException(
          Refusal.of("mirror.archived_0", "Office '{0}' is archived: its site is gone.", code));
    }
    return write(office, base(baseUrl));
  }

  @Override
  public Optional<MirrorReport> last(String code, String actor) {
    OfficeRef office = allowed(code, actor);
    Path folder = folder(office);
    return MirrorFolder.read(folder)
        .map(
            m ->
                new MirrorReport(
                    office.code().value(),
                    m.baseUrl(),
                    folder.toString(),
                    m.writtenAt(),
                    Duration.ZERO,
                    m.files().size(),
                    0,
                    m.files().size(),
                    0,
                    List.of()));
  }

  @Override
  public void zip(String code, OutputStream out, String actor) {
    Path folder = folder(allowed(code, actor));
    if (MirrorFolder.read(folder).isEmpty()) {
      throw new RefusedArgumentException(
          Refusal.of("mirror.none_0", "Office '{0}' has no mirror yet: write it first.", code));
    }
    synchronized (lock(code)) {
      try (ZipOutputStream zip = new ZipOutputStream(out);
          Stream<Path> files = Files.walk(folder)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
          String name = folder.relativize(file).toString().replace('\\', '/');
          if (name.startsWith(MirrorFolder.MANIFEST)) {
            continue;
          }
          zip.putNextEntry(new ZipEntry(name));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Refreshes the mirror of the office whose live content changed, if it has one. */
  void onLiveContentChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) LiveContentChanged change) {
    refreshLater(change.office());
  }

  void onMenuChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MenuChanged change) {
    refreshLater(change.office());
  }

  /**
   * Queues one refresh of {@code code}'s mirror; changes that come while it waits share it (a bulk
   * publication of fifty items is one refresh).
   */
  private void refreshLater(OfficeCode code) {
    Optional<OfficeRef> office = offices.find(code);
    if (office.isEmpty()
        || MirrorFolder.read(folder(office.get())).isEmpty()
        || pending.putIfAbsent(code.value(), Boolean.TRUE) != null) {
      return;
    }
    executor.submit(() -> self.refresh(code));
  }

  /** The background refresh, in a request context of its own (pages enter the office in it). */
  @ActivateRequestContext
  public void refresh(OfficeCode code) {
    pending.remove(code.value());
    try {
      offices
          .find(code)
          .filter(o -> o.status() != OfficeStatus.ARCHIVED)
          .ifPresent(
              office ->
                  MirrorFolder.read(folder(office))
                      .ifPresent(
                          m -> {
                            MirrorReport report = write(office, m.baseUrl());
                            LOG.info(
                                () ->
                                    "Mirror of "
                                        + code.value()
                                        + " refreshed: "
                                        + report.written()
                                        + " written, "
                                        + report.removed()
                                        + " removed");
                          }));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not refresh the mirror of " + code.value(), e);
    }
  }

  private MirrorReport write(OfficeRef office, String root) {
    synchronized (lock(office.code().value())) {
      Instant start = clock.instant();
      Path folder = folder(office);
      MirrorFolder files = new MirrorFolder(folder);
      String logo =
          MirrorAddresses.logoFile(
              logos.find(office.code()).map(l -> l.mediaType()).orElse("image/png"));
      MirrorRun run =
          new MirrorRun(
              root,
              new MirrorAddresses(logo),
              files,
              address -> pages.render(office, root, address),
              this::media);
      List<String> entrances = new ArrayList<>(List.of("/", "/robots.txt", "/sitemap.xml"));
      for (LanguageTag language : office.languages()) {
        String home = "/" + language.value() + "/";
        entrances.addAll(List.of(home, home + "feed.rss", home + "feed.atom", home + "search"));
      }
      List<String> problems = run.run(entrances);
      Instant end = clock.instant();
      int removed = files.finish(root, end);
      return new MirrorReport(
          office.code().value(),
          root,
          folder.toString(),
          end,
          Duration.between(start, end),
          files.files(),
          files.written(),
          files.unchanged(),
          removed,
          problems);
    }
  }

  /** A public library file at {@code path} ({@code /media/{office}/{id}/{variant}/{name}}). */
  private Optional<byte[]> media(String path) {
    Optional<MediaLinks.Address> address = MediaLinks.parse(path);
    Optional<OfficeRef> owner =
        address
            .flatMap(a -> OfficeCode.parse(a.officeCode()))
            .flatMap(offices::find)
            .filter(o -> o.status() != OfficeStatus.ARCHIVED);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    MediaLinks.Address a = address.get();
    return tenant.callAs(
        owner.get(),
        () ->
            publicMedia.isPublic(owner.get(), a.id())
                ? library.open(a.id(), a.variant(), a.fileName()).map(c -> c.bytes())
                : Optional.<byte[]>empty());
  }

  private OfficeRef allowed(String code, String actor) {
    OfficeRef office =
        OfficeCode.parse(code == null ? "" : code)
            .flatMap(offices::find)
            .orElseThrow(
                () ->
                    new RefusedArgumentException(
                        Refusal.of("mirror.no_office_0", "There is no office '{0}'.", code)));
    if (actor == null || !permissions.may(actor, office, OfficeAction.WRITE_MIRROR)) {
      throw new MirrorDeniedException();
    }
    return office;
  }

  /** {@code baseUrl} without its final slash, if it is an http(s) address with a host. */
  static String base(String baseUrl) {
    String base = baseUrl == null ? "" : baseUrl.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    try {
      java.net.URI uri = new java.net.URI(base);
      if ((("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null)) {
        return base;
      }
    } catch (java.net.URISyntaxException bad) {
      // refused below
    }
    throw new RefusedArgumentException(
        Refusal.of(
            "mirror.bad_base_0",
            "'{0}' is not a base address: give one such as https://mirror.example.org/gambia.",
            baseUrl == null ? "" : baseUrl));
  }

  private Path folder(OfficeRef office) {
    return Path.of(dir).toAbsolutePath().normalize().resolve(office.code().value());
  }

  private Object lock(String code) {
    return locks.computeIfAbsent(code, c -> new Object());
  }
}
