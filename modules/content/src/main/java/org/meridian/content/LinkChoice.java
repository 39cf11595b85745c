package org.meridian.content;

/**
 * An item offered by the editor's internal link picker: its id, latest title, language, address
 * below the site's root ({@code en/about-us/history}) and whether it is live.
 */
public record LinkChoice(long itemId, String title, String language, String path, boolean live)
    implements java.io.Serializable {}
