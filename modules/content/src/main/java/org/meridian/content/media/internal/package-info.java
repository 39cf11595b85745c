/** How the media library reads file structures and keeps its files: details behind its API. */
package org.meridian.content.media.internal;
