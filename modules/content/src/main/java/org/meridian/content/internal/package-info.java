/** Machinery behind the content module's public types: the word-level text comparison. */
package org.meridian.content.internal;
