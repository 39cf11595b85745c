/**
 * The media library: each office's images and documents, checked by their content, stored behind
 * {@link org.meridian.content.media.MediaStore}, with image renditions and a record of which items
 * use which file. HQ's library is shared read-only with every office.
 */
package org.meridian.content.media;
