package org.meridian.site.view;

import java.util.List;

/** The themes an office's live content carries, each with how many items. */
public record ThemesView(Chrome chrome, String heading, List<Theme> themes) implements Page {

  public ThemesView {
    themes = List.copyOf(themes);
  }

  public record Theme(String name, String href, long items) {}
}
