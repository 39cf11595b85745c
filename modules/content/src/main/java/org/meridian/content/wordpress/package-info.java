/**
 * Importing a WordPress site (a WXR export and its uploads) into an office, through the office
 * archive: {@code docs/archive.md}, "WordPress".
 */
package org.meridian.content.wordpress;
