/**
 * The office archive: one office's settings, content, media and menus as one versioned zip ({@code
 * docs/archive.md}), written and read as streams, and the export and import services that move an
 * office in and out of a Meridian network.
 */
package org.meridian.content.archive;
