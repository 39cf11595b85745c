/** Signed, expiring addresses at which editors preview a revision on their office's site. */
package org.meridian.content.preview;
