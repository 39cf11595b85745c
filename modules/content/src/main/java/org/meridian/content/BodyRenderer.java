package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;

/**
 * Renders a body of the current office for its public site ({@link BodyRendering}), reading the
 * live items it links to in one query and the library images it shows.
 */
@ApplicationScoped
@Transactional
public class BodyRenderer {

  @Inject private LiveQueries queries;
  @Inject private MediaLibrary media;

  /** {@code body} as the site whose root is {@code basePath} shows it. */
  public String render(String body, String basePath) {
    return render(body, basePath, java.util.function.UnaryOperator.identity());
  }

  /**
   * The same, with hand-written links to paths of this server passed through {@code localLinks}
   * (see {@link BodyRendering#render(String, String, BodyRendering.Resolver,
   * java.util.function.UnaryOperator)}).
   */
  public String render(
      String body, String basePath, java.util.function.UnaryOperator<String> localLinks) {
    return render(body, basePath, null, localLinks);
  }

  /**
   * The same for a body in {@code language}: its library images without alt text of their own take
   * the library's in that language.
   */
  public String render(
      String body,
      String basePath,
      String language,
      java.util.function.UnaryOperator<String> localLinks) {
    Map<Long, LiveItem> linked = queries.findLive(BodyRendering.linkedItems(body));
    Map<Long, Optional<MediaItem>> images = new HashMap<>();
    return BodyRendering.render(
        body,
        basePath,
        language,
        new BodyRendering.Resolver() {
          @Override
          public Optional<String> itemPath(long itemId) {
            return Optional.ofNullable(linked.get(itemId)).map(i -> i.language() + "/" + i.path());
          }

          @Override
          public Optional<MediaItem> image(long mediaId) {
            return images.computeIfAbsent(mediaId, media::find);
          }
        },
        localLinks);
  }
}
