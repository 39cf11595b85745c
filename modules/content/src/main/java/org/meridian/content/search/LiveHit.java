package org.meridian.content.search;

import org.meridian.content.LiveItem;

/** A live item that matched a public search, with its highlighted snippet (escaped HTML). */
public record LiveHit(LiveItem item, String snippetHtml) {}
