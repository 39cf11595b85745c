package org.meridian.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.content.LiveItem;
import org.meridian.content.LiveItemWithBody;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLinks;

/**
 * The media files a live item uses, for {@code include=media}: its hero image, its social image,
 * the files its type fields name and the library images in its text, each once, in that order.
 * Files are read through the office's library (its own and HQ's shared ones): a file of another
 * office is never shown.
 */
@RequestScoped
public class MediaEmbedding {

  @Inject private MediaLibrary library;

  List<MediaJson> of(LiveItemWithBody withBody, URI apiBase) {
    LiveItem item = withBody.item();
    URI site = apiBase.resolve("/");
    Map<Long, String> roles = new LinkedHashMap<>();
    if (item.common().heroImageId() != null) {
      roles.putIfAbsent(item.common().heroImageId(), "hero");
    }
    if (item.common().socialImageId() != null) {
      roles.putIfAbsent(item.common().socialImageId(), "social");
    }
    item.fields().mediaIds().forEach(id -> roles.putIfAbsent(id, "field"));
    for (String source : MediaLinks.imageSources(withBody.body())) {
      MediaLinks.parse(source).ifPresent(a -> roles.putIfAbsent(a.id(), "body"));
    }
    List<MediaJson> media = new ArrayList<>();
    roles.forEach(
        (id, role) -> library.find(id).ifPresent(m -> media.add(MediaJson.of(m, role, site))));
    return media;
  }
}
