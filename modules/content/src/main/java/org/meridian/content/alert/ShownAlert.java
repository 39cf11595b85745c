package org.meridian.content.alert;

import java.io.Serializable;

/** An alert as one page shows it: the text in the page's language where it has one. */
public record ShownAlert(long id, String language, String message, String link)
    implements Serializable {}
