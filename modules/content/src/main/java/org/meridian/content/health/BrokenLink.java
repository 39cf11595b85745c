package org.meridian.content.health;

import java.io.Serializable;

/** A link in a live item's body into the office's own site that leads to no page. */
public record BrokenLink(long itemId, String title, String language, String href)
    implements Serializable {}
