package org.meridian.site.mirror;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.meridian.site.MirrorPages;

/**
 * One writing of a mirror: from the site's entrances (the root, each language's home, feeds and
 * search, robots.txt and the sitemap, which names every live item and list), every address the
 * rendered files link to is rendered in turn, rewritten ({@link MirrorRewriter}) and put in the
 * folder ({@link MirrorFolder}), until nothing new is linked. So every page of every list, theme
 * and tag is reached by the same links a visitor follows, and no link of the mirror leads outside
 * it unless it leads outside the site. An address that answers 404 or 410 is a problem of the
 * report (the live site's link is broken too) and gets the site's "not found" or "gone" page, as on
 * the live site; a redirect becomes a small page that goes on at once.
 */
final class MirrorRun {

  private final String root;
  private final MirrorAddresses addresses;
  private final MirrorRewriter rewriter;
  private final MirrorFolder folder;
  private final Function<String, MirrorPages.Rendered> pages;
  private final Function<String, Optional<byte[]>> media;
  private final List<String> problems = new ArrayList<>();
  private String lastProblem = "";

  MirrorRun(
      String root,
      MirrorAddresses addresses,
      MirrorFolder folder,
      Function<String, MirrorPages.Rendered> pages,
      Function<String, Optional<byte[]>> media) {
    this.root = root;
    this.addresses = addresses;
    this.rewriter = new MirrorRewriter(root, addresses);
    this.folder = folder;
    this.pages = pages;
    this.media = media;
  }

  /** Writes everything reachable from {@code entrances}; the problems met. */
  List<String> run(List<String> entrances) {
    Deque<String> queue = new ArrayDeque<>(entrances);
    Map<String, String> linkedFrom = new HashMap<>();
    Set<String> done = new HashSet<>();
    while (!queue.isEmpty()) {
      String address = queue.poll();
      Optional<String> file = addresses.file(address);
      if (file.isEmpty() || !done.add(file.get())) {
        continue;
      }
      lastProblem = "";
      for (String next : write(address, file.get())) {
        linkedFrom.putIfAbsent(next, address);
        queue.add(next);
      }
      if (!lastProblem.isEmpty()) {
        String from = linkedFrom.get(address);
        problems.add(
            address + ": " + lastProblem + (from == null ? "" : " (linked from " + from + ")"));
      }
    }
    return problems;
  }

  /** Writes the file of {@code address}; the addresses it links to. */
  private Set<String> write(String address, String file) {
    String path = address.replaceFirst("[?#].*$", "");
    if (path.startsWith("/media/")) {
      if (!folder.keep(file)) {
        media
            .apply(path)
            .ifPresentOrElse(
                bytes -> folder.put(file, bytes), () -> lastProblem = "no public file");
      }
      return Set.of();
    }
    if (path.startsWith(MirrorPages.ASSETS)) {
      MirrorPages.asset(path)
          .ifPresentOrElse(
              a -> folder.put(file, a.body()), () -> lastProblem = "no such theme file");
      return Set.of();
    }
    MirrorPages.Rendered page = pages.apply(address);
    if (page.location() != null) {
      Set<String> next = new HashSet<>();
      String location =
          page.location().startsWith(root)
              ? page.location().substring(root.length())
              : page.location();
      String target =
          addresses
              .file(location)
              .map(
                  to -> {
                    next.add(location);
                    return MirrorAddresses.relative(file, to, null);
                  })
              .orElse(location);
      folder.put(file, redirect(target).getBytes(StandardCharsets.UTF_8));
      return next;
    }
    if (page.status() != 200) {
      lastProblem = "answers " + page.status();
      if (!page.isHtml() || (page.status() != 404 && page.status() != 410)) {
        return Set.of();
      }
      // A link of the site to a page that is not there (or no longer): the mirror has the same
      // "not found" or "gone" page in the site's look at that address, so the link leads where it
      // leads on the live site, and the report names it.
    }
    if (page.isHtml()) {
      MirrorRewriter.Result html =
          rewriter.html(file, new String(page.body(), StandardCharsets.UTF_8));
      folder.put(file, html.text().getBytes(StandardCharsets.UTF_8));
      return html.found();
    }
    if (page.contentType().startsWith("image/")) {
      folder.put(file, page.body());
      return Set.of();
    }
    MirrorRewriter.Result text = rewriter.text(new String(page.body(), StandardCharsets.UTF_8));
    folder.put(file, text.text().getBytes(StandardCharsets.UTF_8));
    return text.found();
  }

  /** A page that sends the browser on to {@code target} (a static server cannot redirect). */
  static String redirect(String target) {
    String escaped = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    return "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"robots\""
        + " content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url="
        + escaped
        + "\"><title>…</title></head><body><p><a href=\""
        + escaped
        + "\">"
        + escaped
        + "</a></p></body></html>\n";
  }
}
