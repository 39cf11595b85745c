package org.meridian.site.view;

import java.util.List;

/**
 * An office's home: its name and tagline ({@code null}: none) on its banner (its branding's
 * picture, {@code null}: none), the lead story (the first featured item or the latest news, with
 * its picture), featured cards, the latest news as cards, upcoming events and key sections. A block
 * shows only when it has something; the news block says so when there is none.
 */
public record HomeView(
    Chrome chrome,
    String heading,
    String tagline,
    Image banner,
    Card lead,
    List<Card> featured,
    List<Card> news,
    String allNewsHref,
    List<Card> events,
    String allEventsHref,
    List<Card> sections)
    implements Page {

  public HomeView {
    featured = List.copyOf(featured);
    news = List.copyOf(news);
    events = List.copyOf(events);
    sections = List.copyOf(sections);
  }
}
