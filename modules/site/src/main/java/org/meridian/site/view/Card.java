package org.meridian.site.view;

import java.util.List;

/**
 * An item as a card in a grid or list: where it leads, its title, kind, date (or an event's times),
 * summary and picture; and, for a publication, its downloads.
 */
public record Card(
    String href,
    String title,
    String kind,
    Moment date,
    EventTimes when,
    String summary,
    Image image,
    List<Download> downloads) {

  public Card {
    downloads = downloads == null ? List.of() : List.copyOf(downloads);
  }

  /** A moment shown to people ({@code text}) and machines ({@code iso}, for {@code datetime}). */
  public record Moment(String iso, String text) {}

  /** When an event is: its start, its end when it has one, and the time zone named. */
  public record EventTimes(Moment start, Moment end, String zone) {}

  /** A file to download: its title, address, media type and "PDF, 1.2 MB". */
  public record Download(String title, String href, String mediaType, String typeAndSize) {}
}
